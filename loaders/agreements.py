"""Ties between two localities, as French, English and Vietnamese sentences state them.

A sentence (or the headline: "Tay Ninh, Svay Rieng ink memorandum on border
cooperation" is read like one, its places found as the body names them) states a tie
when it has a word of a kind of tie (memorandum, accord, jumelage, kết nghĩa,
cooperation...) or a signing verb, and its localities stand in one of these shapes:

- ``between`` X ``and`` Y [, Z...] ("entre", "giữa"; "cooperation programmes between
  Da Nang and Russian localities, including Yaroslavl, ... and Briansk"; "An MoU was
  signed between A and B");
- subject ... ``with`` a list ("avec quatre villes japonaises : Kawasaki, Sakai et
  Kisarazu", "với"); the subject is the home locality when the sentence names it or
  refers to it ("la ville", "the city"), else the nearest place before ``with``, and
  the home locality when there is none ("the establishment of ties with Kobe ...").
  Coordinated subjects take the partners in order when both lists are as long
  ("Quang Tri et Thua Thien-Hue ... avec Savannakhet et Salavan");
- coordinated subjects of the verb ("Hanoï et Tokyo ont signé", "Nghe An and the
  neighbouring Lao province of Xiengkhouang plan to sign", "Lao Cai, Ha Giang and
  Yunnan signed", "signed by A and B");
- "the two sides / les deux parties / hai bên / hai cố đô": the foreign place named
  before the phrase, else the one the article has named most so far (not where talks
  were held), else the province of the city they were held in;
- pairs written with a dash ("Hué - Blois, Da Nang - Sakai");
- a signing at the event with no party named ("On this occasion, an MoU was signed"):
  the localities of the sentence before, when it names one foreign locality;
- failing all of these, a tie word near foreign places named in one list ("The tie
  with San Francisco...", "Among these partners are San Francisco (1995), Busan...").

Only localities are parties. Not a party: a place inside an organisation's name ("l'
Université de Ha Long", "Saigon Newport Corporation", "the chambers of commerce of X
and Y", "KOTRA Busan"), a part of a locality (an economic zone, a border gate, a
national park, a district: "the Lao Bao - Densavan border gate"), a place that says
where another one is ("Kunming (Yunnan)", "Omura, dans la préfecture de Nagasaki"), or
where things happen ("signed in Ha Long", "tại thành phố Côn Minh", the dateline
"Moscou (VNA) -"). Organisations acting for both sides ("les entreprises des deux
villes", "Các doanh nghiệp của hai thành phố", "Vietnamese and Korean enterprises")
make no tie between localities; countries, ministries, companies and agencies never
pair. The parties must be in different countries, one of them the home locality's:
these are the international ties of Vietnam's localities.

Kind comes from the most specific word in the statement (mou > agreement >
friendship > cooperation; a letter of intent is a memorandum, a sister-city
relationship a friendship), status from the verb, tense and mood (a planning word
governs: "expected to ink", "dự kiến ký kết"; then a signing verb, a renewal counting
as one; else the tie is stated as established). The date: a year in brackets after
the partner, else one of the statement (for a signing, the date after the verb; not
the date of a first signing when the statement renews it); else, for a signing at the
event the article reports (stated in the headline, "ont signé jeudi", "on this
occasion", "Kết thúc hội đàm", or right after a sentence dating the meeting), the day
of that meeting or the article's own date; else none. One record per pair: the
strongest, most precise statement (a date stated beating a date of the event), the
others kept as ``more_evidence``; a statement whose home side was only assumed takes
the side another statement names for the same partner.

Keyword tables are data per language below; all of them are found in one pass per
document (``sentences.Spotter``) and queried by range.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from loaders.context import DocContext
from loaders.dates import DateMatch
from loaders.records import Agreement, Mention, Span
from loaders.sentences import DocView, Ref, Spotter, Tally, refs_spotter

# Every pattern is matched on the folded text (no accents, lower case) for French and
# English, and on the lower-cased text as written for Vietnamese, where folding would
# merge words ("sẽ" will, "sẻ" share).
KINDS = {
    "en": [("mou", r"memorand(?:um|a|ums)(?: of understanding)?|mous?|letters? of intent"),
           ("agreement", r"agreements?|accords?|conventions?|pacts?|treat(?:y|ies)"),
           ("friendship", r"twinn\w*|twin cit(?:y|ies)|sister[- ](?:cit(?:y|ies)|provinces?|relationship\w*|"
                          r"localit(?:y|ies)|regions?)|friendship|friendly (?:relations|ties|exchanges)"),
           ("cooperation", r"cooperat\w*|co-operat\w*|partnerships?|partners?|ties?|links|programmes?|programs?|"
                           r"joint (?:working group|committee|commission|mechanism)s?"),
           ("relation", r"relations|relationships?|pairs")],
    "fr": [("mou", r"protocoles? d'(?:accord|entente)|memorand(?:um|a|ums)(?: d'(?:entente|accord))?|"
                   r"lettres? d'intention"),
           ("agreement", r"accords?|conventions?|ententes?|traites?"),
           ("friendship", r"jumel\w*|villes? jumelles?|villes? s(?:oe|o)urs?|amitie|amicales?"),
           ("cooperation", r"coop\w*|partenariats?|partenaires?|liens|programmes?|"
                           r"(?:groupe de travail|comite|commission|mecanisme)s? (?:de travail )?conjoints?"),
           ("relation", r"relations?")],
    "vi": [("mou", r"biên bản ghi nhớ|bản ghi nhớ|ghi nhớ|thư ý định"),
           ("agreement", r"thỏa thuận|thoả thuận|hiệp định|văn bản hợp tác|công ước"),
           ("friendship", r"kết nghĩa|hữu nghị|anh em|thành phố kết nghĩa"),
           ("cooperation", r"hợp tác|đối tác|chương trình|liên hợp|cơ chế"),
           ("relation", r"quan hệ")],
}
KIND_ORDER = {"mou": 0, "agreement": 1, "friendship": 2, "cooperation": 3, "sign": 4, "relation": 5}
# A bare relation is read as the standing relation between localities: friendship.
RELATION_KIND = "friendship"
SIGNED = {
    "en": r"signed|signing|signature|signs|sign|inked|inks|ink|concluded|sealed|penned|renew\w*|"
          r"extended (?:the|their|its) (?:agreement|mou|memorand|accord|partnership|twinning)\w*|"
          r"(?:was|were|has been|have been) extended|"
          r"exchanged (?:the |an |a |their )?(?:mou|memorand\w*|agreement|letter)\w*",
    "fr": r"sign(?:e|ee|es|ees|ent|erent|ait|aient|ature|atures)|paraphe\w*|conclu|conclus|conclue|conclues|"
          r"renouvel\w*|prolonge\w*|reconduit\w*|"
          r"echange (?:un |le |des |les |leur )?(?:protocole|memorandum|accord|lettre)s?",
    "vi": r"đã ký|đã kí|ký kết|kí kết|lễ ký|(?<!đăng )(?<!thư )(?:ký|kí)|gia hạn|tái ký|"
          r"trao (?:đổi )?(?:thư|biên bản|bản ghi nhớ|văn bản|thỏa thuận|thoả thuận)",
}
# A renewal ("renewed", "renouvelé", "prolongé", "gia hạn") is a new signing of the same
# tie; "letter of intent" (lettre d'intention, thư ý định) is read as a memorandum: both
# state an intent to cooperate without binding terms.
# Words that place a signing at the event the article reports ("ont signé jeudi", "on
# this occasion", "Nhân dịp này", "Kết thúc hội đàm", "at the ceremony"): with no other
# date, such a signing takes the article's date (a day of the paragraph's, if it gives one).
EVENT = {
    "en": r"on (?:this|that|the) occasion|at the (?:signing )?(?:ceremony|meeting|talks|event|working session|"
          r"reception|forum|conference|session)|after (?:the|their) (?:talks|meeting)|following (?:the|their) "
          r"(?:talks|meeting)|during (?:the|this|his|her|their) (?:visit|talks|meeting|working session|trip|stay)|"
          r"on the sidelines|the same day|today|this (?:morning|afternoon|evening|week)|yesterday|"
          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|in the presence of|witnessed by",
    "fr": r"a cette occasion|a l'occasion de (?:cette|la|sa|leur) (?:visite|rencontre|ceremonie|seance)|"
          r"lors (?:de la|de cette|de leur|de sa|des|du) (?:ceremonie|rencontre|seance|visite|reunion|entrevue|"
          r"entretiens?|discussions|forum|sejour)|au cours (?:de la|de cette|de l'|des) "
          r"(?:rencontre|visite|seance|entretiens?|reunion|ceremonie)|a l'issue (?:de la|des|de l'|de leur) "
          r"(?:rencontre|entretiens?|seance|reunion|discussions|visite)|en marge|le meme jour|aujourd'hui|hier|"
          r"ce matin|ce soir|cet apres-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
          r"en presence (?:de|du|des)",
    "vi": r"nhân dịp|dịp này|tại (?:buổi )?(?:làm việc|hội đàm|tiếp|lễ|gặp|hội nghị|hội thảo|diễn đàn)|"
          r"kết thúc (?:buổi )?(?:hội đàm|làm việc|hội nghị|gặp)|sau (?:buổi )?(?:hội đàm|làm việc)|"
          r"trong (?:chuyến thăm|khuôn khổ|buổi làm việc|buổi tiếp|dịp)|bên lề|cùng ngày|hôm nay|sáng nay|"
          r"chiều nay|tối nay|hôm qua|(?:vào|sáng|chiều|tối|trưa|hôm|ngày) (?:thứ (?:hai|ba|tư|năm|sáu|bảy)|"
          r"chủ nhật)|dưới sự chứng kiến|trước sự chứng kiến",
}
# A signing told as done before the event ("three months after signing", "the commitments
# that Quang Nam signed"), and an occasion that is the day someone spoke ("officials said
# on Tuesday"): neither dates the signing.
PRIOR = {
    "en": r"(?<!\w)(?:(?:after|since|following)(?: having)?|(?:previously|earlier|already|once|had)"
          r"(?: [\w'-]+){0,3})\s*\Z",
    "fr": r"(?<!\w)(?:(?:apres|depuis)(?: avoir)?|(?:deja|precedemment|auparavant|anterieurement|avaient|avait)"
          r"(?: [\w'-]+){0,3})\s*\Z",
    "vi": r"(?<!\w)(?:sau khi|kể từ khi|từ khi|(?:mà|đã từng|trước đó|trước đây|từng)(?: [\w'-]+){0,4})\s*\Z",
}
# A date said of a first signing, where the statement is of a later one (a renewal).
FIRST_TIME = {
    "en": r"(?<!\w)(?:first|initially|originally)(?: [\w'-]+){0,3}\s*\Z",
    "fr": r"(?<!\w)(?:pour la premiere fois|initialement|a l'origine)(?: [\w'-]+){0,3}\s*\Z",
    "vi": r"(?<!\w)(?:lần đầu(?: tiên)?|ban đầu)(?: [\w'-]+){0,3}\s*\Z",
}
REPORTED_ON = {
    "en": r"(?<!\w)(?:said|says|told|announced|stated|noted|added|reported|according to)(?: [\w'-]+){0,2}\s*(?:on\s*)?\Z",
    "fr": r"(?<!\w)(?:declare|indique|annonce|affirme|souligne|precise|ajoute|rapporte|selon)(?: [\w'-]+){0,2}\s*\Z",
    "vi": r"(?<!\w)(?:cho biết|phát biểu|thông tin|khẳng định|nhấn mạnh)(?: [\w'-]+){0,2}\s*\Z",
}
# A signing verb alone (no kind word) still states a tie, read as an agreement when no
# word of the statement says more.
SIGN_KIND = "agreement"
PLANNED = {
    "en": r"will|shall|would|to sign|plans? to|planning to|planned|hopes?|hoped|hoping|intends?|intended|"
          r"expects?|expected|propos\w*|aims? to|aiming to|seeks?|seeking|looks? forward|looked forward|wish\w*|"
          r"desires?|wants?|in the near future|in the coming time|in the future|in the years ahead|soon|"
          r"upcoming|towards? (?:the )?(?:establish|sign)\w*|prepar\w*|promote the establishment|explor\w*|"
          r"negotiat\w*|discuss\w*|draft\w*|is set to|are set to|ready to",
    "fr": r"va|vont|allait|allaient|sera|seront|signera|signeront|signerait|etablira|etabliront|souhait\w*|"
          r"espe\w*|espoir|prevoi\w*|prevu\w*|envisag\w*|projett\w*|propos\w*|vise\w*|dans un proche avenir|"
          r"prochainement|a l'avenir|dans les temps a venir|vers l'etablissement|en vue de|devrai\w*|"
          r"pourrai\w*|futur\w*|negoci\w*|etudier|examiner|promouvoir l'etablissement|pret a|prete a|"
          r"prets a|pretes a",
    "vi": r"sẽ|dự kiến|mong muốn|hy vọng|hi vọng|hướng tới|tiến tới|đề nghị|đề xuất|xúc tiến|"
          r"thời gian tới|sắp tới|sắp|kế hoạch|nghiên cứu|xem xét|chuẩn bị|tương lai|mong",
}
# What links a subject to a list of partners, and what opens and joins a "between".
WITH = {"en": r"with|together with", "fr": r"avec", "vi": r"(?<!đối )với|cùng"}
BETWEEN = {"en": r"between", "fr": r"entre", "vi": r"giữa"}
AND = {"en": r"and|&", "fr": r"et|&", "vi": r"và|&"}
TWO_SIDES = {
    "en": r"(?:the|their|these) two (?!(?:countries|nations|governments|peoples|states|ministries|companies|"
          r"universities|schools|institutions|countries')\b)[a-z]+|both (?:sides|parties|localities|cities|provinces|"
          r"capitals|regions|prefectures)",
    "fr": r"(?:les|leurs|ces|des) deux (?!(?:pays|nations|gouvernements|peuples|etats|ministeres|entreprises|"
          r"universites|ecoles|institutions)\b)[a-z]+",
    "vi": r"hai (?!(?:nước|quốc gia|dân tộc|chính phủ|bộ|doanh nghiệp|trường|đảng|nhà nước)(?!\w))"
          r"(?:bên|phía|địa phương|thành phố|tỉnh|cố đô|thủ đô|đô thị|vùng)|đôi bên",
}
# Where a clause ends inside a sentence: a new subject or a relative clause may follow.
CLAUSE_BREAK = {
    "en": r";|, (?:and|but|while|whilst|whereas|which|who|where)\b|\b(?:while|whilst|whereas)\b",
    "fr": r";|, (?:et|mais|tandis que|alors que|qui|ou)\b|\b(?:tandis que|alors que)\b",
    "vi": r";|, (?:và|nhưng|còn|đồng thời|trong khi|nơi|mà)(?!\w)|(?<!\w)(?:đồng thời|trong khi)(?!\w)",
}
# What ends a list of partners outright: a semicolon, a relative clause, a full stop of a quote.
HARD_BREAK = {
    "en": r";|(?<!\w)(?:which|who|whose|where|while|whilst|whereas|but)(?!\w)",
    "fr": r";|(?<!\w)(?:qui|lesquel\w*|tandis que|alors que|mais)(?!\w)",
    "vi": r";|(?<!\w)(?:nơi|trong khi|nhưng|còn)(?!\w)",
}
# How far a list may start after its anchor ("with the Japanese localities of ..."), and
# how far apart two items may be ("Yaroslavl Province, and the cities of Nizhegorod").
FIRST_GAP = 90
COORD_GAP = 70
# How near a tie word must be to a foreign name for the last-resort reading.
LAST_RESORT_REACH = 90
LIST_GAP = 45
# How far after "between" the first party may come ("between the People's Committee of Khanh Hoa").
BETWEEN_REACH = 60
# Organisations: what they sign binds them, not a locality ("the chambers of commerce of
# X and Y", "Các doanh nghiệp của hai thành phố", "JETRO Osaka"). Singular heads of an
# institution's name, then plural nouns of organisations acting as a group.
ORG_NAMES = {
    "en": r"universit(?:y|ies)|colleges?|schools?|academ(?:y|ies)|institutes?|hospitals?|banks?|compan(?:y|ies)|"
          r"consulates?(?: general)?|embass(?:y|ies)|associations?|chambers?(?: of commerce(?: and industry)?)?|"
          r"federations?|ministr(?:y|ies)|authorit(?:y|ies)|corporations?|agenc(?:y|ies)|port authority|"
          r"jetro|kotra|jica|koica|afd|usaid|giz",
    "fr": r"universites?|ecoles?|academies?|instituts?|hopita(?:l|ux)|banques?|societes?|compagnies?|"
          r"consulats?(?: generaux| general)?|ambassades?|associations?|"
          r"chambres?(?: de commerce(?: et d'industrie)?)?|federations?|ministeres?|autorites?|agences?|"
          r"jetro|kotra|jica|koica|afd",
    "vi": r"đại học|trường|học viện|viện|bệnh viện|cảng vụ|cảng|sân bay|ngân hàng|tổng công ty|công ty|tập đoàn|"
          r"hiệp hội|phòng thương mại|liên đoàn|câu lạc bộ|tổng lãnh sự quán|lãnh sự quán|đại sứ quán|"
          r"doanh nghiệp|nhà đầu tư|jetro|kotra|jica|koica|afd|ban quản lý",
}
ORG_GROUPS = {
    "en": r"businesses|enterprises|companies|firms|investors|corporations|universities|schools|hospitals|"
          r"banks|chambers of commerce|business communities|business community|traders",
    "fr": r"entreprises|societes|firmes|investisseurs|universites|ecoles|hopitaux|banques|"
          r"chambres de commerce|milieux d'affaires|communautes d'affaires|hommes d'affaires",
    "vi": r"doanh nghiệp|nhà đầu tư|công ty|trường đại học|cộng đồng doanh nghiệp|hiệp hội doanh nghiệp",
}
# Parts of a locality named before it: "the X border gate" is a gate, "khu kinh tế X" a zone.
SUBPLACE_BEFORE = {
    "en": r"(?:border gates?|checkpoints?|(?:industrial|economic|export processing) (?:zones?|parks?)|"
          r"national parks?|districts?|island) (?:of|at|in)",
    "fr": r"(?:postes?[- ]frontieres?|points? de passage|zones? (?:industrielles?|economiques?)|parcs? nationa(?:l|ux)|"
          r"districts?|arrondissements?)(?: (?:de|du|des)| d')?",
    "vi": r"(?:cặp )?cửa khẩu(?: quốc tế| chính)?|khu (?:kinh tế|công nghiệp|chế xuất)(?: cửa khẩu)?|"
          r"vườn quốc gia|huyện|quận|thị xã|đảo",
}
SUBPLACE_AFTER = {
    "en": r"(?:international |main )?border gates?|checkpoints?|(?:industrial|economic|export processing|hi-tech|"
          r"high-tech) (?:zones?|parks?)|national parks?|border crossings?|ports?|seaports?|airports?|terminals?",
    "fr": r"(?:frontaliers?|frontalieres?)",
    "vi": r"(?!x)x",  # Vietnamese names the kind of place before it (SUBPLACE_BEFORE)
}
# Words before a place name that make it the name of an institution, not a party.
INSTITUTION_BEFORE = {
    "en": rf"(?:{ORG_NAMES['en']})(?: [\w'-]+){{0,3}}? (?:of|in|at|de|from)|(?:{ORG_GROUPS['en']})(?: [\w'-]+)? (?:of|in|at|from)|"
          r"(?:jetro|kotra|jica|koica)|(?:port|airport|that|those) (?:of|in)|"
          r"other (?:\w+ )?(?:localities|cities|provinces|regions|partners) (?:of|in|on|from)(?: the island of)?|"
          r"(?:the )?island of",
    "fr": rf"(?:{ORG_NAMES['fr']})(?: [\w'-]+){{0,3}}?(?: (?:de|du|des|a|en)| d')|"
          rf"(?:{ORG_GROUPS['fr']})(?: [\w'-]+)?(?: (?:de|du|des|a|en)| d')|(?:jetro|kotra|jica|koica)|"
          r"(?:port|aeroport|celle|celui|celles|ceux)(?: de| du| d')|"
          r"(?:d')?autres (?:localites|villes|provinces|regions|partenaires)(?: \w+)? (?:de|du|en|au)(?: l'ile de| la)?|"
          r"(?:l'ile|l'archipel) (?:de|d')",
    "vi": rf"(?:{ORG_NAMES['vi']})(?: [\w'-]+){{0,3}}?(?: (?:tại|ở|của))?|"
          r"(?:các )?(?:địa phương|thành phố|tỉnh) khác (?:của|ở|tại|thuộc)|đảo",
}
# A place named after another as where it lies ("Omura, dans la préfecture de
# Nagasaki", "Honghe, in China's Yunnan province") says where, it is not a party.
APPOSITION = {
    "en": r"\s*,?\s*(?:in|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:of\s+)?\Z",
    "fr": r"\s*,?\s*(?:dans|en|au)\s+(?:la\s+|le\s+|l')?(?:[\w'-]+\s+){0,3}?(?:de\s+|du\s+|d')?\Z",
    "vi": r"\s*,?\s*(?:thuộc|ở|tại)?\s*(?:tỉnh|thành phố|huyện)\s+\Z",
}
# A place right after these is where something happens, not who acts.
VENUE = {
    "en": r"(?<!\w)(?:in|at)\s+(?:the\s+)?(?:(?:city|province|town) of\s+)?\Z",
    "fr": r"(?<!\w)(?:a|au|en|dans)\s+(?:la\s+)?(?:(?:ville|province) (?:de\s+|d'))?\Z",
    "vi": r"(?<!\w)(?:tại|ở)\s+(?:thành phố\s+|tỉnh\s+|tp\.?\s*)?\Z",
}
INSTITUTION_AFTER = {
    "en": r"(?:universit(?:y|ies)|college|school|academy|institute|hospital|port|airport|bank|steel|heavy|motors?|"
          r"industries|electric|holdings|corporation|company|group|club|fc|stadium|station|hotel|chamber|"
          r"association|federation|newport|shipyard|shipping|logistics|authority|authorities|corporations?)",
    "fr": r"(?:universit\w*|fc|club|holdings?)",
    "vi": r"(?:fc)",
}
# A capitalised name running on after the place into the head of an organisation's name:
# "Saigon Newport Corporation", "Ho Chi Minh City University of Technology", "Hanoi
# Medical University", "Busan Port Authority" (matched on the text as written).
_ORG_RUN = re.compile(
    r"(?:[ -][A-Z][\w'’&.]*){0,3}?[ -](?:Corporation|Corp|Company|Co|Group|Authority|University|College|Hospital|"
    r"Bank|Port|Airport|Association|Chamber|Federation|Institute|Academy|School|Club|Holdings|JSC|Ltd|Inc|"
    r"Agency|Centre|Center|Newspaper|Television|Radio|Museum|Zone|Park|Terminal|Shipyard|Steel|Motors|"
    r"Electric|Industries|Newport|Consulate|Embassy|Gate|Airlines?|Logistics)(?![\w-])")
# Fields of cooperation, canonical name -> words (same matching rules as above).
FIELDS = {
    "en": {"culture": r"cultur\w*", "tourism": r"touris\w*", "education": r"educat\w*", "training": r"training",
           "trade": r"trade|commerce", "investment": r"invest\w*", "health": r"health\w*|medic\w*",
           "agriculture": r"agricultur\w*", "environment": r"environment\w*", "technology": r"technolog\w*",
           "science": r"scien\w*", "economy": r"econom\w*", "logistics": r"logistic\w*", "ports": r"ports?|seaports?",
           "digital transformation": r"digital transformation", "climate change": r"climate change",
           "urban development": r"urban\w*", "human resources": r"human resources", "sports": r"sports?",
           "youth": r"youth", "labour": r"labou?r", "transport": r"transport\w*", "energy": r"energy",
           "industry": r"industr\w*", "aquaculture": r"aquaculture|fisher\w*", "diplomacy": r"diploma\w*",
           "politics": r"politic\w*"},
    "fr": {"culture": r"cultur\w*", "tourism": r"touris\w*", "education": r"educat\w*", "training": r"formation",
           "trade": r"commerc\w*", "investment": r"investissement\w*", "health": r"sante|medic\w*",
           "agriculture": r"agricultur\w*|eco-agriculture", "environment": r"environnement\w*",
           "technology": r"technolog\w*", "science": r"scien\w*", "economy": r"econom\w*",
           "logistics": r"logistique", "ports": r"ports? maritimes?|portuaires?",
           "digital transformation": r"transformation numerique", "climate change": r"changement climatique",
           "urban development": r"urbain\w*|urbanisme", "human resources": r"ressources humaines",
           "sports": r"sports?", "youth": r"jeunesse", "labour": r"travail", "transport": r"transports?",
           "energy": r"energie\w*", "industry": r"industri\w*|fabrication", "aquaculture": r"aquaculture|peche",
           "diplomacy": r"diplomat\w*", "politics": r"politique\w*"},
    "vi": {"culture": r"văn hóa|văn hoá", "tourism": r"du lịch", "education": r"giáo dục", "training": r"đào tạo",
           "trade": r"thương mại", "investment": r"đầu tư", "health": r"y tế", "agriculture": r"nông nghiệp",
           "environment": r"môi trường", "technology": r"công nghệ", "science": r"khoa học",
           "economy": r"kinh tế", "logistics": r"logistics", "ports": r"cảng biển|cảng",
           "digital transformation": r"chuyển đổi số", "climate change": r"biến đổi khí hậu",
           "urban development": r"đô thị", "human resources": r"nguồn nhân lực|nhân lực", "sports": r"thể thao",
           "youth": r"thanh niên", "labour": r"lao động", "transport": r"giao thông", "energy": r"năng lượng",
           "industry": r"công nghiệp", "aquaculture": r"thủy sản|thuỷ sản", "diplomacy": r"ngoại giao",
           "politics": r"chính trị"},
}
STATUS_RANK = {"signed": 3, "established": 2, "planned": 1}
# How near before a signing verb a planning word must be to govern it ("will sign").
GOVERN_CHARS = 30


def _compile():
    out = {}
    for lang in ("en", "fr", "vi"):
        words = {k: p for k, p in KINDS[lang]}
        words.update({"sign": SIGNED[lang], "planned": PLANNED[lang], "with": WITH[lang], "event": EVENT[lang],
                      "between": BETWEEN[lang], "two": TWO_SIDES[lang]})
        spot_words = Spotter(words)
        spot_marks = Spotter({"break": CLAUSE_BREAK[lang], "hard": HARD_BREAK[lang]}, words=False)
        out[lang] = {
            "words": spot_words,
            # Read only in the few statements found, not over the whole article.
            "fields": Spotter(FIELDS[lang]),
            "conj": re.compile(rf"(?<!\w)(?:{AND[lang]})(?!\w)"),
            "marks": spot_marks,
            # The body is read once for the words, the marks and the references to localities.
            "body": Spotter.union(spot_words, spot_marks, refs_spotter(lang)),
            "inst_before": re.compile(rf"(?<!\w)(?:{INSTITUTION_BEFORE[lang]})\s*(?:l'|d')?\Z"),
            # What "sub_before" and "inst_before" start with: searching the stretch before a
            # mention for either costs several times more than finding that neither can
            # match there, as near every mention they cannot.
            "role_heads": Spotter({"sub": SUBPLACE_BEFORE[lang], "inst": INSTITUTION_BEFORE[lang]}),
            "inst_after": re.compile(rf"[ -](?:{INSTITUTION_AFTER[lang]}|{SUBPLACE_AFTER[lang]})(?!\w)"),
            "sub_before": re.compile(rf"(?<!\w)(?:{SUBPLACE_BEFORE[lang]})\s*\Z"),
            "prior": re.compile(PRIOR[lang]),
            "first_time": re.compile(FIRST_TIME[lang]),
            "reported": re.compile(REPORTED_ON[lang]),
            "org": re.compile(rf"(?<!\w)(?:{ORG_NAMES[lang]}|{ORG_GROUPS[lang]})(?!\w)"),
            "org_before": re.compile(rf"(?<!\w)(?:{ORG_NAMES[lang]}|{ORG_GROUPS[lang]})(?:(?: [\w'-]+){{0,3}}"
                                     rf" (?:of|from|in|de|des|du|d'|của|ở|tại))?\s*\Z"),
            "apposition": re.compile(APPOSITION[lang]),
            "venue": re.compile(VENUE[lang]),
        }
    return out


# Every tie word, by kind; "sign" is a signing verb without a word of kind.
KIND_NAMES = frozenset(KIND_ORDER)
# What opens a clause of its own inside a list of names.
OPENS = KIND_NAMES | {"hard", "with", "planned"}


class _Hits:
    """The keyword hits of one document by name, for range queries."""

    def __init__(self, view: DocView, t: dict) -> None:
        self.by: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        found = []
        names = t["words"].names | t["marks"].names
        for hits in view.body_hits(t["body"]):
            found += [h for h in hits if h[2] in names]
        if view.title is not None:
            found += t["words"].find(view.lower, view.title.start, view.title.end)
            found += t["marks"].find(view.lower, view.title.start, view.title.end)
        found.sort()
        self.all = found
        self.starts = [h[0] for h in found]
        self.lang = view.lang
        self.fields: dict[tuple[int, int], tuple[str, ...]] = {}
        for s, e, name in found:
            starts, spans = self.by.setdefault(name, ([], []))
            starts.append(s)
            spans.append((s, e, name))

    def get(self, name: str, a: int, b: int) -> list[tuple[int, int, str]]:
        starts, spans = self.by.get(name, ((), ()))
        return spans[bisect_left(starts, a):bisect_left(starts, b)]

    def any(self, names, a: int, b: int) -> bool:
        if isinstance(names, str):
            return bool(self.get(names, a, b))
        return any(h[2] in names for h in self.all[bisect_left(self.starts, a):bisect_left(self.starts, b)])


_TABLES = _compile()
_PAREN_YEAR = re.compile(r"\s*\((?:in |en |năm |since |depuis )?(1[89]\d\d|20\d\d)\)")
_DIGIT = re.compile(r"\d")
_TITLE_LAST = 1_000_000
_LINE_OPENING = re.compile(r"[\s*_>#]*(?:date\s+\S+\s*)?[\s*_]*")
_DATELINE_TAIL = re.compile(r"[*_]*\s*(?:,\s*[^()\n]{2,40}?)?\s*\([A-Z][\w/ ]{1,12}\)[*_]*\s*[-–—]")
_DATELINE_DAY = re.compile(r"[\s*_]*[^\W\d][^,\n(]{1,40},\s*(?P<date>[^()\n]{3,30}?)\s*\([A-Z][\w/ ]{1,12}\)[*_]*\s*[-–—]")
_DASH_GAP = re.compile(r"\s*[-–—]\s*\Z")
# A comma between two names, with the article or kind word the second may take
# ("Lao Cai, le Yunnan et le Guangxi", "Lào Cai, tỉnh Hà Giang").
_COMMA_GAP = re.compile(r"\s*,\s*(?:(?:the|le|la|les|l'|tỉnh|thành phố)\s*)?")
_AND_GAP = {lang: re.compile(rf"\s*(?:,|{AND[lang]})\s*\Z") for lang in AND}
_PAREN_QUALIFIER = re.compile(r"\s*\((?:in |en |tỉnh |province (?:de |of )|prefecture (?:de |of ))?\Z", re.I)


@dataclass(slots=True)
class _Pair:
    a: str                 # the home side when implied
    b: str
    start: int             # the statement: the clause(s) it spans
    end: int
    partner_pos: int
    implied: bool = False  # side a was not named: the home locality was assumed


@dataclass(slots=True)
class _Statement:
    a: str
    b: str
    evidence: Span
    kind: str
    status: str
    date: str | None
    fields: tuple[str, ...] = ()
    implied: bool = False
    order: int = 0
    inferred: bool = False  # the date is the event's, not one the statement gives


@dataclass(slots=True)
class _Sentence:
    span: Span
    parties: list[Mention]           # mentions that can be parties, in order
    venues: set[int]                 # starts of parties that only say where something happens
    refs: list[Ref]                  # references to the home locality
    kinds: list[tuple[int, int, str]]
    dates: list[DateMatch] = field(default_factory=list)
    others: list[Mention] = field(default_factory=list)  # places inside organisations' names, parts of places
    prev: Span | None = None         # the sentence before (none for the headline)
    title: bool = False


class _Seen:
    """Foreign localities named before a point, for "the two sides" without a name nearby:
    the one named most often, the first named on a tie. Venues and places inside names
    of organisations are not counted. Read only when asked: most articles never ask."""

    def __init__(self, view: DocView, t: dict, roles: dict[int, str]) -> None:
        self.view, self.t, self.roles = view, t, roles
        self.tally: Tally | None = None

    def best(self, pos: int) -> str | None:
        if self.tally is None:
            view, t = self.view, self.t
            self.tally = Tally([(m.start, m.place_key) for m in view.mentions
                                if view.country(m.place_key) != view.home_country
                                and _role(view, t, m, self.roles) == "party"
                                and not t["venue"].search(view.lower, max(0, m.start - 45), m.start)
                                and not _dateline(view, m)])
        return self.tally.best(pos)


def extract_agreements(ctx: DocContext) -> list[Agreement]:
    view = DocView.of(ctx)
    if not _ties_possible(view):
        return []
    t = _TABLES[view.lang]
    k = _Hits(view, t)
    statements: list[_Statement] = []
    roles: dict[int, str] = {}
    seen = _Seen(view, t, roles)
    spans = [(view.title, True)] if view.title is not None else []
    spans += [(sent, False) for sent in ctx.sentences]
    prev: Span | None = None
    for sent, is_title in spans:
        kinds = [h for h in k.all[bisect_left(k.starts, sent.start):bisect_left(k.starts, sent.end)]
                 if h[2] in KIND_NAMES]
        if kinds:
            parties, venues, others = _parties(view, t, sent, roles)
            refs = view.home_refs(sent.start, sent.end)
            # Wire copy gives each sentence a paragraph: "Kết thúc hội đàm, hai bên đã ký" follows
            # the talks a line break before.
            s = _Sentence(sent, parties, venues, refs, kinds, others=others, title=is_title, prev=prev)
            if parties or refs or k.any("two", sent.start, sent.end) or _partner_ref(view, sent):
                if _names_foreign(view, s) or k.any("two", sent.start, sent.end) or _partner_ref(view, sent):
                    s.dates = [d for d in view.dates_in(sent.start, sent.end) if d.marker != "bare"]
                    pairs = _pairs(view, t, k, s, seen)
                else:
                    pairs = []  # no locality of another country: no tie (see _names_foreign)
            else:
                pairs = _orphan(view, t, k, s)
            for pair in pairs:
                st = _statement(view, k, s, pair)
                # Of two statements as strong, the body's sentence is the better evidence.
                st.order = len(statements) + (_TITLE_LAST if is_title else 0)
                statements.append(st)
        if not is_title:
            prev = sent
    return _merge(view, statements)


def _ties_possible(view: DocView) -> bool:
    """Whether the article's places can make a tie: every party is one of them, and a tie
    joins two countries, one of them the home locality's (``_international``)."""
    countries = {place.country for place in view.ctx.places.values()} - {None}
    return view.home_country in countries and len(countries) >= 2


def _partner_ref(view: DocView, sent: Span) -> bool:
    """"The partner province", "la ville partenaire", "tỉnh bạn" in the sentence."""
    return any(r.kind == "partner" for r in view.refs(sent.start, sent.end))


def _names_foreign(view: DocView, s: _Sentence) -> bool:
    """Whether the sentence names a locality of another country than the home's, as a party
    or through a reference. Without one, and without "the two sides" or "the partner
    province" (which stand for one), every pair _pairs could read is of localities of one
    country, or of unknown ones, and _international drops it."""
    home = view.ctx.home
    keys = [m.place_key for m in s.parties] + [r.key or home for r in s.refs] + [home]
    return any(view.country(key) not in (view.home_country, None) for key in keys)


def _role(view: DocView, t: dict, m: Mention, roles: dict[int, str]) -> str:
    """"party" for a mention that can be a party; "org" for a place inside an
    organisation's name ("l'Université de Hué", "Saigon Newport Corporation", "KOTRA
    Busan"); "part" for a part of a locality (a zone, border gate, district, park)."""
    role = roles.get(m.start)
    if role is not None:
        return role
    low = view.lower
    lo = max(0, m.start - 45)
    near = t["role_heads"].heads_in(low, lo, m.start)
    if view.is_subplace(m.place_key) or ("sub" in near and t["sub_before"].search(low, lo, m.start)):
        role = "part"
    elif ("inst" in near and t["inst_before"].search(low, lo, m.start)) or t["inst_after"].match(low, m.end) or \
            (_ORG_RUN.match(view.text, m.end) and not _title_case(view, m.start)):
        role = "org"
    else:
        role = "party"
    roles[m.start] = role
    return role


def _parties(view: DocView, t: dict, sent: Span, roles: dict[int, str]) -> tuple[list[Mention], set[int], list[Mention]]:
    """Mentions that can be parties, which of them are venues, and the others. Left out:
    places inside an institution's name (and the places coordinated after one: "the
    chambers of commerce of X and Y"), parts of localities (and the place dashed to one:
    "the Lao Bao - Densavan border gate"), and places that only say where the previous
    one is ("Kunming (Yunnan)", "Omura, dans la préfecture de Nagasaki")."""
    out: list[Mention] = []
    others: list[Mention] = []
    venues: set[int] = set()
    low = view.lower
    mentions = view.mentions_in(sent.start, sent.end)
    kinds = [_role(view, t, m, roles) for m in mentions]
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if a.end > b.start:
            continue
        gap = view.text[a.end:b.start]
        # "the X - Y border gate": the pair shares the name after it.
        if kinds[i] != "party" and kinds[i - 1] == "party" and _DASH_GAP.match(gap) and gap.strip():
            kinds[i - 1] = kinds[i]
        # "the chambers of commerce of X and Y", "businesses from X and Y".
        if kinds[i - 1] == "org" and kinds[i] == "party" and t["inst_before"].search(
                low, max(sent.start, a.start - 45), a.start) and _AND_GAP[view.lang].match(low, a.end, b.start):
            kinds[i] = "org"
    prev: Mention | None = None
    for m, role in zip(mentions, kinds):
        if prev is not None and prev.end <= m.start and view.country(prev.place_key) == view.country(m.place_key):
            if _PAREN_QUALIFIER.fullmatch(view.text, prev.end, m.start) or \
                    t["apposition"].match(low, prev.end, m.start):
                prev = m
                continue
        prev = m
        if role != "party":
            others.append(m)
            continue
        if t["venue"].search(low, max(sent.start, m.start - 45), m.start) or _dateline(view, m):
            venues.add(m.start)
        out.append(m)
    return out, venues, others


def _title_case(view: DocView, pos: int) -> bool:
    """A headline In Title Case, where a capital says nothing of a name."""
    title = view.title
    if title is None or not title.start <= pos < title.end:
        return False
    words = [w for w in view.text[title.start:title.end].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _dateline(view: DocView, m: Mention) -> bool:
    """The place of a wire dateline ("Moscou (VNA) -", "Quang Ninh, 17 novembre (VNA) -")
    says where the article was written."""
    # A dateline opens its line: look no further back than a line opening can be long.
    line_start = view.text.rfind("\n", max(0, m.start - 40), m.start) + 1
    if line_start == 0 and m.start > 40:
        return False
    return _LINE_OPENING.fullmatch(view.text, line_start, m.start) is not None and \
        _DATELINE_TAIL.match(view.text, m.end) is not None


def _org_acts(view: DocView, t: dict, s: _Sentence, start: int, pos: int) -> bool:
    """Organisations act in [start, pos) and no locality does: "Les entreprises des
    deux villes ont signé", "Vietnamese and Korean enterprises signed", "The Dinh Vu
    Industrial Zone signed an MoU with"."""
    if any(start <= m.start < pos and m.start not in s.venues for m in s.parties) or \
            any(start <= r.start < pos for r in s.refs):
        return False
    return any(start <= m.start < pos for m in s.others) or t["org"].search(view.lower, start, pos) is not None


def _orphan(view: DocView, t: dict, k: "_Hits", s: _Sentence) -> list[_Pair]:
    """A signing that names no party ("A memorandum of understanding was signed on this
    occasion") is between the localities of the sentence before when that sentence names
    one foreign locality (not as a venue)."""
    a, b = s.span.start, s.span.end
    # "On this occasion, an MoU was signed": one document at the event, not "60 accords
    # signed so far between Vietnamese and Russian localities".
    if s.prev is None or not k.any("sign", a, b) or not k.any("event", a, b) or k.any("between", a, b) or \
            s.others or _DIGIT.search(view.lower, a, b) or t["org"].search(view.lower, a, b):
        return []
    parties, venues, _ = _parties(view, t, s.prev, {})
    foreign = {m.place_key for m in parties if m.start not in venues and view.country(m.place_key) != view.home_country}
    if len(foreign) != 1:
        return []
    partner = foreign.pop()
    prev = _Sentence(s.prev, parties, venues, view.home_refs(s.prev.start, s.prev.end), [])
    side, implied = _home_side(view, prev)
    if not _international(view, side, partner):
        return []
    return [_Pair(side, partner, s.span.start, s.span.end, s.span.start, implied)]


def _pairs(view: DocView, t: dict, k: _Hits, s: _Sentence, seen: _Seen) -> list[_Pair]:
    sent = s.span
    found: list[_Pair] = []

    # between X and Y[, Z...]
    for b_start, b_end, _ in k.get("between", sent.start, sent.end):
        if k.any("two", b_end, b_end + len(" leurs ") + 1):
            continue  # "entre leurs deux localités" is the two sides
        left = _first_party(view, s, b_end, sent.end)
        if left is None:
            continue
        lkey, lend, implied = left
        rights = _list_after(k, s, lend, exclude=lkey)
        if rights:
            cs, ce = _scope(k, sent, b_start, rights[-1].end)
            found += [_Pair(lkey, r.place_key, cs, ce, r.start, implied) for r in rights]

    # subject ... with A, B and C
    for w_start, w_end, _ in k.get("with", sent.start, sent.end):
        partners = _list_after(k, s, w_end)
        if not partners:
            # "với tỉnh bạn", "with the partner province": the foreign locality it stands for.
            ref = next((r for r in view.refs(w_end, min(sent.end, w_end + 12)) if r.kind == "partner"), None)
            partner = view.partner_locality(ref.start) if ref else None
            if partner is None:
                continue
            partners = [Mention(ref.start, ref.end, partner)]
        cs, ce = _scope(k, sent, w_start, partners[-1].end)
        if not any(cs <= ks < ce for ks, _, _ in s.kinds):
            continue
        subjects = _coordinated_subjects(view, k, s, cs, w_start, partners)
        if len(subjects) > 1 and len(subjects) == len(partners):
            # "X et Y ont signé avec A et B": each with its own, in order.
            found += [_Pair(a.place_key, p.place_key, cs, ce, p.start) for a, p in zip(subjects, partners)]
            continue
        if len(subjects) > 1:
            found += [_Pair(a.place_key, p.place_key, cs, ce, p.start) for a in subjects for p in partners]
            continue
        subject, implied = _subject_before(view, s, w_start, partners)
        if implied and _org_acts(view, t, s, cs, w_start):
            continue
        found += [_Pair(subject, p.place_key, cs, ce, p.start, implied) for p in partners]

    # A - B, C - D
    dashed: set[int] = set()
    for x, y in zip(s.parties, s.parties[1:]):
        gap = view.text[x.end:y.start]
        if x.end <= y.start and gap.strip() and _DASH_GAP.match(gap):
            found.append(_Pair(x.place_key, y.place_key, sent.start, sent.end, y.start))
            dashed |= {x.start, y.start}

    # X and Y signed / ont signé / đã ký
    subjects_only_foreign = False
    group: list[Mention] = []
    for m in [p for p in s.parties if p.start not in dashed] + [None]:
        if m is not None and group and _coordinated(view.lower, k, group[-1].end, m.start):
            group.append(m)
            continue
        if len(group) >= 2:
            cs, ce = _clause(k, sent, group[-1].end)
            after_with = k.any("with", cs, group[0].start)
            after_between = k.any("between", max(cs, group[0].start - 12), group[0].start)
            if any(cs <= ks < ce for ks, _, _ in s.kinds) and not after_with and not after_between:
                new = [_Pair(x.place_key, y.place_key, cs, ce, y.start)
                       for i, x in enumerate(group) for y in group[i + 1:]]
                found += new
                # "Sakai and Busan are sister cities": a tie between the names themselves.
                if any(group[-1].end <= ks < ce for ks, _, _ in s.kinds) and \
                        not any(_international(view, p.a, p.b) for p in new):
                    subjects_only_foreign = True
        group = [m] if m is not None else []

    # the two sides / les deux parties / hai bên
    for t_start, _, _ in k.get("two", sent.start, sent.end):
        # "les entreprises des deux villes", "doanh nghiệp của hai thành phố": organisations of
        # both sides signed, whatever else the sentence says of the two sides.
        if t["org_before"].search(view.lower, max(sent.start, t_start - 45), t_start):
            break
        pair = _two_sides(view, s, t_start, seen)
        if pair:
            found.append(pair)
            break

    valid = [p for p in found if _international(view, p.a, p.b)]
    if valid or subjects_only_foreign:
        return valid
    return _last_resort(view, t, k, s)


def _international(view: DocView, a: str | None, b: str | None) -> bool:
    """Two localities of different countries, one of them in the home locality's
    country: the ties of Vietnam's localities, not ties between two foreign ones."""
    ca, cb = view.country(a), view.country(b)
    return bool(a and b and a != b and ca and cb and ca != cb and view.home_country in (ca, cb))


def _last_resort(view: DocView, t: dict, k: _Hits, s: _Sentence) -> list[_Pair]:
    """A tie sentence in none of the shapes above that names foreign localities in one
    list ("The tie with San Francisco...", "Among these partners are San Francisco
    (1995), Busan and Saint Petersburg"): each is tied to the home side."""
    ties = [(ks, ke) for ks, ke, kind in s.kinds if kind not in ("relation", "sign")]
    foreign = [m for m in s.parties if view.country(m.place_key) != view.home_country and m.start not in s.venues]
    # The tie word must stand near the name: a passing "economic cooperation" at the far
    # end of a sentence about Osaka's firms does not tie Osaka to anyone.
    near = [m for m in foreign if any(max(ks - m.end, m.start - ke) <= LAST_RESORT_REACH for ks, ke in ties)]
    if not near:
        return []
    foreign = foreign[foreign.index(near[0]):]
    # "Osaka runs its own exchange programmes with Asian partners": tied to others, unnamed.
    cs, ce = _clause(k, s.span, foreign[0].end)
    if any(not _list_after(k, s, w_end) for _, w_end, _ in k.get("with", foreign[0].end, ce)):
        return []
    listed = [foreign[0]] + [m for m in _list_after(k, s, foreign[0].end) if m in foreign]
    if not {m.place_key for m in near} <= {m.place_key for m in listed}:
        return []
    side, implied = _home_side(view, s)
    if implied and _org_acts(view, t, s, cs, foreign[0].start):
        return []
    span = s.span
    return [_Pair(side, m.place_key, span.start, span.end, m.start, implied) for m in listed
            if _international(view, side, m.place_key)]


def _home_side(view: DocView, s: _Sentence, before: int | None = None) -> tuple[str | None, bool]:
    """The Vietnamese side when the shape does not say: the one named (not as a venue),
    else the home locality, assumed."""
    home = view.ctx.home
    own = list(dict.fromkeys(m.place_key for m in s.parties
                             if view.country(m.place_key) == view.home_country and m.start not in s.venues
                             and (before is None or m.start < before)))
    if home in own:
        return home, False
    if len(own) == 1:
        return own[0], False
    return home, True


def _list_after(k: _Hits, s: _Sentence, start: int, exclude: str | None = None) -> list[Mention]:
    """The localities listed after ``start`` ("with", "and"): they run on while the text
    between two of them holds no clause of its own (a tie word, a verb of signing or
    planning, another "with", a semicolon, a relative pronoun)."""
    out: list[Mention] = []
    pos = start
    for m in s.parties:
        if m.start < start or m.place_key == exclude:
            continue
        if m.start - pos > (LIST_GAP if out else FIRST_GAP) or m.start in s.venues:
            break
        if out and k.any(OPENS, pos, m.start):
            break
        if not out and (k.any("hard", pos, m.start) or k.any("with", pos, m.start) or k.any("break", pos, m.start)):
            break
        out.append(m)
        pos = m.end
    return out


def _coordinated(low: str, k: _Hits, a: int, b: int) -> bool:
    """Two names joined as one subject: ", ", "and", or "and" with a description of the
    second ("Nghe An and the neighbouring Lao province of Xiengkhouang", "Quang Ninh,
    Nguyen Xuan Ky, et le gouverneur de la préfecture japonaise de Hokkaido")."""
    if b - a > COORD_GAP or _DIGIT.search(low, a, b):
        return False
    if _COMMA_GAP.fullmatch(low, a, b):
        return True
    return _TABLES[k.lang]["conj"].search(low, a, b) is not None and not k.any(OPENS, a, b)


def _clause(k: _Hits, sent: Span, pos: int) -> tuple[int, int]:
    return _scope(k, sent, pos, pos)


def _scope(k: _Hits, sent: Span, anchor: int, list_end: int) -> tuple[int, int]:
    """From the start of the anchor's clause to the end of the clause the list ends in."""
    start, end = sent.start, sent.end
    for b_start, b_end, _ in k.get("break", sent.start, sent.end):
        if b_end <= anchor:
            start = b_end
        elif b_start >= list_end:
            end = b_start
            break
    return start, end


def _first_party(view: DocView, s: _Sentence, start: int, end: int) -> tuple[str, int, bool] | None:
    cands = [(m.start, m.place_key, m.end, False) for m in s.parties if start <= m.start < end]
    cands += [(r.start, r.key or view.ctx.home, r.end, True) for r in s.refs if start <= r.start < end]
    if not cands:
        return None
    pos, key, stop, implied = min(cands)
    if pos - start > BETWEEN_REACH:
        return None
    return key, stop, implied


def _coordinated_subjects(view: DocView, k: _Hits, s: _Sentence, cs: int, pos: int,
                          partners: list[Mention]) -> list[Mention]:
    """Home-side names joined by "and" before "with" in the clause ("Quang Tri et Thua
    Thien-Hue ont signé ... avec"), in order; a single name is not a coordination."""
    before = [m for m in s.parties if cs <= m.start and m.end <= pos and m.start not in s.venues
              and view.country(m.place_key) == view.home_country]
    group: list[Mention] = []
    for m in before:
        if group and _coordinated(view.lower, k, group[-1].end, m.start):
            group.append(m)
        else:
            group = [m]
    if len(group) < 2 or len({m.place_key for m in group}) != len(group):
        return []
    # "Quảng Ninh, cùng với Lạng Sơn, Cao Bằng và Hà Giang, ...": the home named first is one of them.
    home = [m for m in before if m.place_key == view.ctx.home and m.place_key not in {g.place_key for g in group}]
    return home[:1] + group


def _subject_before(view: DocView, s: _Sentence, pos: int, partners: list[Mention]) -> tuple[str | None, bool]:
    home = view.ctx.home
    partner_keys = {p.place_key for p in partners}
    before = [m for m in s.parties if m.end <= pos and m.place_key not in partner_keys and m.start not in s.venues]
    if any(m.place_key == home for m in before):
        return home, False
    if any(r.end <= pos for r in s.refs):
        return home, True
    if before:
        return before[-1].place_key, False
    return home, True


def _two_sides(view: DocView, s: _Sentence, pos: int, seen: _Seen) -> _Pair | None:
    """"Les deux parties ont signé...": the foreign side is the first foreign locality
    named before the phrase in the sentence, else the foreign locality the article has
    named most so far, else one named after it; the other side as _home_side says."""
    home_country = view.home_country
    foreign = [m for m in s.parties if view.country(m.place_key) != home_country and m.start not in s.venues]
    before = [m for m in foreign if m.start < pos]
    best = seen.best(pos) if not before else None
    # Where the talks were held is no party; the province it lies in may be.
    venue = [view.owner(m.place_key) for m in s.parties if m.start in s.venues
             and view.country(m.place_key) != home_country and view.owner(m.place_key)]
    if before:
        partner, ppos = before[0].place_key, before[0].start
    elif best:
        partner, ppos = best, pos
    elif foreign:
        partner, ppos = foreign[0].place_key, foreign[0].start
    elif venue:
        partner, ppos = venue[0], pos
    else:
        return None
    side, implied = _home_side(view, s)
    if side is None:
        return None
    return _Pair(side, partner, s.span.start, s.span.end, ppos, implied)


def _statement(view: DocView, k: _Hits, s: _Sentence, p: _Pair) -> _Statement:
    status = _status(k, p.start, p.end)
    date = _date(view, k, s, p, status)
    inferred = False
    if date is None and status == "signed" and _at_the_event(view, k, s, p):
        date, inferred = _event_date(view, s), True
    return _Statement(p.a, p.b, s.span, _kind(s, p.start, p.end), status, date, _fields(view, k, p.start, p.end),
                      p.implied, inferred=inferred)


def _fields(view: DocView, k: _Hits, ss: int, se: int) -> tuple[str, ...]:
    got = k.fields.get((ss, se))
    if got is None:
        got = k.fields[(ss, se)] = tuple(sorted({name for _, _, name in _TABLES[k.lang]["fields"].find(view.lower, ss, se)}))
    return got


def _kind(s: _Sentence, ss: int, se: int) -> str:
    inside = [k for ks, ke, k in s.kinds if ss <= ks < se] or [k for _, _, k in s.kinds]
    best = min(inside, key=lambda k: KIND_ORDER.get(k, 9))
    return {"relation": RELATION_KIND, "sign": SIGN_KIND}.get(best, best)


def _status(k: _Hits, ss: int, se: int) -> str:
    signs = k.get("sign", ss, se)
    plans = k.get("planned", ss, se)
    if signs:
        governed = all(any(0 <= sg[0] - p[1] <= GOVERN_CHARS for p in plans) for sg in signs)
        return "planned" if governed else "signed"
    return "planned" if plans else "established"


def _date(view: DocView, k: _Hits, s: _Sentence, p: _Pair, status: str) -> str | None:
    # "Kawasaki (2012), Sakai (in 2013)": a year in brackets right after the partner is its own.
    for m in s.parties:
        if m.start == p.partner_pos:
            py = _PAREN_YEAR.match(view.text, m.end)
            if py:
                return py.group(1)
    first, reported = _TABLES[view.lang]["first_time"], _TABLES[view.lang]["reported"]
    inside = [d for d in s.dates if p.start <= d.start < p.end and d.marker in ("date", "in", "paren", "since")
              and not (d.marker == "paren" and _right_after_party(view, s, d.start))
              # "renewed on Tuesday their agreement, first signed in 2013": the renewal's date.
              and not first.search(view.lower, max(s.span.start, d.start - 30), d.start)
              # "..., the department said on March 5": the day someone spoke.
              and not reported.search(view.lower, max(s.span.start, d.start - 30), d.start)]
    if not inside:
        return None
    if len(inside) > 1 and status == "signed":
        # "Established in 1997, the two cities signed a new agreement in 2023": the signing's date.
        signs = [h[0] for h in k.get("sign", p.start, p.end)]
        if signs:
            # "... signed a new agreement in 2023" / "En 2013, Hanoï et Tokyo ont signé": the
            # first date after the verb, else the nearest before it.
            after = [d for d in inside if d.start > signs[0]]
            if after:
                return after[0].value
            return max(inside, key=lambda d: d.start).value
    return max(inside, key=lambda d: (d.precision, -d.start)).value


def _at_the_event(view: DocView, k: _Hits, s: _Sentence, p: _Pair) -> bool:
    """A signing the article reports as its event: stated in the headline, or with a word
    of the occasion ("on Thursday", "à cette occasion", "Nhân dịp này") that is not the
    day someone spoke ("officials said on Tuesday"), and not told as done before ("three
    months after signing", "các cam kết mà tỉnh đã ký")."""
    low = view.lower
    t = _TABLES[view.lang]
    signs = k.get("sign", p.start, p.end)
    if not signs or any(t["prior"].search(low, max(s.span.start, sg[0] - 40), sg[0]) for sg in signs):
        return False
    if s.title:
        return True
    if any(not t["reported"].search(low, max(s.span.start, e0 - 30), e0)
           for e0, _, _ in k.get("event", s.span.start, s.span.end)):
        return True
    # "Ngày 15/11, ... đã hội đàm với lãnh đạo Quảng Tây. Hai bên đã ký...": the meeting
    # the sentence before dates.
    return s.prev is not None and any(d.marker == "date" and d.precision == 10
                                      for d in view.dates_in(s.prev.start, s.prev.end))


def _event_date(view: DocView, s: _Sentence) -> str | None:
    """A signing at the event the article reports: the day the paragraph's previous
    sentence gives ("On March 5, the delegation met... On this occasion, they signed"),
    else the article's own date (the dateline's day when it gives one)."""
    if s.prev is not None:
        days = [d for d in view.dates_in(s.prev.start, s.prev.end) if d.marker == "date" and d.precision == 10]
        if days:
            return days[-1].value
    return _dateline_day(view) or view.ctx.published


def _dateline_day(view: DocView) -> str | None:
    """The day a wire dateline gives ("Hanoï, 21 septembre (VNA) –"), when it agrees with
    the article's date."""
    if "dateline" not in view.memo:
        day = None
        sentences = view.ctx.sentences
        m = _DATELINE_DAY.match(view.text, sentences[0].start, sentences[0].end) if sentences else None
        if m:
            days = [d for d in view.dates_in(m.start("date"), m.end("date")) if d.precision == 10]
            published = view.ctx.published or ""
            if days and days[0].value.startswith(published[:7]):
                day = days[0].value
        view.memo["dateline"] = day
    return view.memo["dateline"]


def _right_after_party(view: DocView, s: _Sentence, pos: int) -> bool:
    return any(m.end <= pos and not view.text[m.end:pos].strip() for m in s.parties)


def _merge(view: DocView, statements: list[_Statement]) -> list[Agreement]:
    """One record per pair: the strongest, most precise statement, the others as more
    evidence. A statement whose Vietnamese side was only assumed takes the side another
    statement names for the same partner."""
    home = view.ctx.home
    home_country = view.home_country
    named: dict[str, dict[str, int]] = {}
    for st in statements:
        if not st.implied:
            named.setdefault(st.b, {}).setdefault(st.a, 0)
            named[st.b][st.a] += 1
            named.setdefault(st.a, {}).setdefault(st.b, 0)
            named[st.a][st.b] += 1
    groups: dict[frozenset, list[_Statement]] = {}
    for st in statements:
        if st.implied and st.b in named and st.a not in named[st.b]:
            sides = [k for k in named[st.b] if view.country(k) == view.country(st.a)]
            if sides:
                st.a = max(sides, key=lambda k: named[st.b][k])
        groups.setdefault(frozenset((st.a, st.b)), []).append(st)
    out: list[tuple[int, Agreement]] = []
    for pair, sts in groups.items():
        a, b = sorted(pair, key=lambda k: (k != home, view.country(k) != home_country, k))
        # A date the statement gives beats one taken from the article's event.
        ranked = sorted(sts, key=lambda st: (-STATUS_RANK[st.status], not st.date or st.inferred,
                                             -(len(st.date) if st.date else 0), KIND_ORDER.get(st.kind, 9), st.order))
        top = ranked[0]
        date = top.date
        if date is None:
            dated = [st for st in ranked if st.date and st.status == top.status]
            date = max(dated, key=lambda st: (not st.inferred, len(st.date))).date if dated else None
        more = list(dict.fromkeys(st.evidence for st in sorted(sts, key=lambda st: st.order)
                                  if st.evidence != top.evidence))
        fields = tuple(sorted({f for st in sts for f in st.fields}))
        out.append((min(st.evidence.start for st in sts),
                    Agreement(parties=(a, b), kind=top.kind, status=top.status, evidence=top.evidence,
                              date=date, fields=fields, more_evidence=tuple(more))))
    out.sort(key=lambda x: x[0])
    return [ag for _, ag in out]
