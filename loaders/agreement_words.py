"""The words of ties between localities, per language: what the agreement extractor
(``loaders.agreements``) looks for, kept apart from how it reads a sentence.

Every pattern is matched on the folded text (no accents, lower case) for French and
English, and on the lower-cased text as written for Vietnamese, where folding would merge
words ("sẽ" will, "sẻ" share); Vietnamese typed without its marks is read with the same
patterns unmarked (``agreements._unmark``). Patterns are regular expressions; those found
by a ``sentences.Spotter`` must start with a literal.
"""
from __future__ import annotations

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
          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|in the presence of|witnessed by|"
          r"at the same time|on the same occasion",
    "fr": r"a cette occasion|a l'occasion de (?:cette|la|sa|leur) (?:visite|rencontre|ceremonie|seance)|"
          r"lors (?:de la|de cette|de leur|de sa|des|du) (?:ceremonie|rencontre|seance|visite|reunion|entrevue|"
          r"entretiens?|discussions|forum|sejour)|au cours (?:de la|de cette|de l'|des) "
          r"(?:rencontre|visite|seance|entretiens?|reunion|ceremonie)|a l'issue (?:de la|des|de l'|de leur) "
          r"(?:rencontre|entretiens?|seance|reunion|discussions|visite)|en marge|le meme jour|aujourd'hui|hier|"
          r"ce matin|ce soir|cet apres-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
          r"en presence (?:de|du|des)|dans le meme temps|au meme moment|parallelement|en parallele",
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
# A year that names the period a document covers, not when it was signed: "Biên bản thỏa
# thuận hợp tác năm 2025" (the cooperation agreement for 2025). French and English say
# "pour 2025", "for 2025", which the dates finder already leaves aside.
PERIOD = {
    "en": r"(?!x)x",
    "fr": r"(?!x)x",
    "vi": r"(?<!\w)(?:biên bản|thỏa thuận|thoả thuận|kế hoạch|chương trình|ghi nhớ|hiệp định|văn bản)"
          r"(?: (?:hội đàm|hợp tác|hữu nghị|kết nghĩa|ghi nhớ|thỏa thuận|thoả thuận|làm việc))*\s+\Z",
}
REPORTED_ON = {
    "en": r"(?<!\w)(?:said|says|told|announced|stated|noted|added|reported|according to)(?: [\w'-]+){0,2}\s*(?:on\s*)?\Z",
    "fr": r"(?<!\w)(?:declare|indique|annonce|affirme|souligne|precise|ajoute|rapporte|selon)(?: [\w'-]+){0,2}\s*\Z",
    "vi": r"(?<!\w)(?:cho biết|phát biểu|thông tin|khẳng định|nhấn mạnh)(?: [\w'-]+){0,2}\s*\Z",
}
PLANNED = {
    "en": r"will|shall|would|to sign|plans? to|planning to|planned|hopes?|hoped|hoping|intends?|intended|"
          r"expects?|expected|propos\w*|aims? to|aiming to|seeks?|seeking|looks? forward|looked forward|wish\w*|"
          r"desires?|wants?|in the near future|in the coming time|in the future|in the years ahead|soon|"
          r"upcoming|towards? (?:the )?(?:establish|sign)\w*|prepar\w*|promote the establishment|explor\w*|"
          r"negotiat\w*|discuss\w*|draft\w*|set to|ready to|"
          r"(?:work|works|worked|working|move|moves|moving) towards?|agree to|agrees to|agreed to",
    "fr": r"va|vont|allait|allaient|sera|seront|signera|signeront|signerait|etablira|etabliront|souhait\w*|"
          r"espe\w*|espoir|prevoi\w*|prevu\w*|envisag\w*|projett\w*|propos\w*|vise\w*|dans un proche avenir|"
          r"prochainement|a l'avenir|dans les temps a venir|vers l'etablissement|en vue de|devrai\w*|"
          r"pourrai\w*|futur\w*|negoci\w*|etudier|examiner|promouvoir l'etablissement|pret a|prete a|"
          r"prets a|pretes a|convenu\w* (?:de|d'\w+)|travaill\w* a|oeuvrer a|oeuvre a|oeuvrent a",
    "vi": r"sẽ|dự kiến|mong muốn|hy vọng|hi vọng|hướng tới|tiến tới|đề nghị|đề xuất|xúc tiến|"
          r"thời gian tới|sắp tới|sắp|kế hoạch|nghiên cứu|xem xét|chuẩn bị|tương lai|mong|"
          r"nhất trí",  # "hai bên nhất trí thúc đẩy hợp tác": agreed to, as "agreed to", "convenu de"
}
# A locality named before, taken up again after "with" ("avec cette collectivité").
THIS_ONE = {
    "en": r"\s*(?:this|that) (?:region|province|city|prefecture|state|locality|municipality|county|department)(?!\w)",
    "fr": r"\s*(?:cette|ce) (?:collectivite|region|province|ville|prefecture|localite|municipalite|"
          r"metropole|departement|etat)(?!\w)",
    "vi": r"\s*(?:tỉnh|thành phố|địa phương|vùng|châu|bang|phủ) (?:này|đó|ấy)(?!\w)",
}
# What links a subject to a list of partners, and what opens and joins a "between".
WITH = {"en": r"with|together with", "fr": r"avec", "vi": r"(?<!đối )với|cùng"}
BETWEEN = {"en": r"between", "fr": r"entre", "vi": r"giữa"}
AND = {"en": r"and|&", "fr": r"et|&", "vi": r"và|va|&"}  # "va": Vietnamese typed without its marks
# Not the two localities: "the two countries", "the two ports" (a letter of intent "between
# the two ports" binds port authorities), "les deux entreprises".
TWO_SIDES = {
    "en": r"(?:the|their|these) two (?!(?:countries|nations|governments|peoples|states|ministries|companies|"
          r"universities|schools|institutions|countries'|ports|airports|harbou?rs|terminals|zones|parks|firms|"
          r"businesses|enterprises|banks|hospitals|corporations|groups|agencies|associations|chambers|"
          r"airlines|clubs|teams)\b)[a-z]+|both (?:sides|parties|localities|cities|provinces|"
          r"capitals|regions|prefectures)",
    "fr": r"(?:les|leurs|ces|des) deux (?!(?:pays|nations|gouvernements|peuples|etats|ministeres|entreprises|"
          r"universites|ecoles|institutions|ports|aeroports|zones|parcs|societes|firmes|banques|hopitaux|"
          r"compagnies|associations|chambres|groupes|agences|clubs|equipes)\b)[a-z]+",
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
# What opens a relative clause set off by commas ("Dien Bien, qui entretient des relations
# avec Phongsaly depuis 2019, envisage de signer ..."). Closed by a comma before a verb of
# signing or planning, such a clause states its own tie: its verb and date are not the
# main clause's, and the other way round (agreements._frame).
RELATIVE = {
    "en": r", (?:which|who|whose|where)(?!\w)",
    "fr": r", (?:qui|dont|ou|lequel|laquelle|lesquels|lesquelles)(?!\w)",
    "vi": r", (?:mà|nơi|vốn)(?!\w)",
}
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
# Parts of a locality named before it: "the X border gate" is a gate, "khu kinh tế X" a zone;
# so is a landmark named after a place ("the Ha Long Bay", "Cao nguyên đá Đồng Văn", the
# Dong Van karst plateau geopark).
SUBPLACE_BEFORE = {
    "en": r"(?:border gates?|checkpoints?|(?:industrial|economic|export processing) (?:zones?|parks?)|"
          r"national parks?|island|bay|plateau|geopark) (?:of|at|in)",
    "fr": r"(?:postes?[- ]frontieres?|points? de passage|zones? (?:industrielles?|economiques?)|parcs? nationa(?:l|ux)|"
          r"baie|plateau|geoparc)(?: (?:de|du|des)| d')?",
    "vi": r"(?:cặp )?cửa khẩu(?: quốc tế| chính)?|khu (?:kinh tế|công nghiệp|chế xuất)(?: cửa khẩu)?|"
          r"vườn quốc gia|đảo|vịnh|cao nguyên(?: đá)?|công viên địa chất|khu du lịch|khu di tích",
}
# Units below a province named as such before their name ("the district of", "le bourg
# de", "huyện", "thị xã"): a district or a town, whatever kind the gazetteer gives the name
# ("huyện Kampong Trach" is a district, its town's name aside). Unlike a zone or a border
# gate, such a unit has its own authorities and can sign ties of its own, with its peers
# (agreements.LOCAL_KINDS).
DISTRICT_BEFORE = {
    "en": r"(?:districts?|counties|county|towns?|townships?) of",
    "fr": r"(?:districts?|arrondissements?|bourgs?)(?: (?:de|du|des)| d')",
    "vi": r"huyện|quận|thị xã|thị trấn",
}
SUBPLACE_AFTER = {
    "en": r"(?:international |main )?border gates?|checkpoints?|(?:industrial|economic|export processing|hi-tech|"
          r"high-tech) (?:zones?|parks?)|national parks?|border crossings?|ports?|seaports?|airports?|terminals?|"
          r"bay|(?:karst |rock )?plateau|geopark",
    "fr": r"(?:frontaliers?|frontalieres?)",
    "vi": r"(?!x)x",  # Vietnamese names the kind of place before it (SUBPLACE_BEFORE)
}
# Words before a place name that make it the name of an institution, not a party.
INSTITUTION_BEFORE = {
    "en": rf"(?:{ORG_NAMES['en']})(?: [\w'-]+){{0,3}}? (?:of|in|at|de|from)|(?:{ORG_GROUPS['en']})(?: [\w'-]+)? (?:of|in|at|from)|"
          r"(?:jetro|kotra|jica|koica)|(?:port|airport) (?:of|in)|"
          r"other (?:\w+ )?(?:localities|cities|provinces|regions|partners) (?:of|in|on|from)(?: the island of)?|"
          r"(?:the )?island of",
    "fr": rf"(?:{ORG_NAMES['fr']})(?: [\w'-]+){{0,3}}?(?: (?:de|du|des|a|en)| d')|"
          rf"(?:{ORG_GROUPS['fr']})(?: [\w'-]+)?(?: (?:de|du|des|a|en)| d')|(?:jetro|kotra|jica|koica)|"
          r"(?:port|aeroport)(?: de| du| d')|"
          r"(?:d')?autres (?:localites|villes|provinces|regions|partenaires)(?: \w+)? (?:de|du|en|au)(?: l'ile de| la)?|"
          r"(?:l'ile|l'archipel) (?:de|d')",
    "vi": rf"(?:{ORG_NAMES['vi']})(?: [\w'-]+){{0,3}}?(?: (?:tại|ở|của))?|"
          r"(?:các )?(?:địa phương|thành phố|tỉnh) khác (?:của|ở|tại|thuộc)|đảo",
}
# A pronoun standing for a noun before it: "la ville de Móng Cái et celle de Dongxing" (a
# city), "le poste-frontière de Huu Nghi et celui de Youyiguan" (a gate), "the port of X and
# that of Y" (a port): the place after it has the role that noun gives (agreements._pronoun_role).
PRONOUN_OF = {
    "en": r"(?:that|those) (?:of|in)",
    "fr": r"(?:celle|celui|celles|ceux)(?: de| du| d')",
}
# A place named after another as where it lies ("Omura, dans la préfecture de
# Nagasaki", "Honghe, in China's Yunnan province") says where, it is not a party.
APPOSITION = {
    "en": r"\s*(?:(?:district|county|town|city)\s+)?,?\s*(?:in|of)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}?(?:of\s+)?\Z",
    "fr": r"\s*,?\s*(?:dans|en|au)\s+(?:la\s+|le\s+|l')?(?:[\w'-]+\s+){0,3}?(?:de\s+|du\s+|d')?(?:l')?\Z",
    "vi": r"\s*,?\s*(?:thuộc|ở|tại)?\s*(?:tỉnh|thành phố|huyện|châu|bang|phủ)\s+\Z",
}
# A place right after these is where something happens, not who acts.
VENUE = {
    "en": r"(?<!\w)(?:in|at)\s+(?:the\s+)?(?:(?:city|province|town) of\s+)?\Z",
    "fr": r"(?<!\w)(?:a|au|en|dans)\s+(?:la\s+)?(?:(?:ville|province) (?:de\s+|d'))?\Z",
    "vi": r"(?<!\w)(?:tại|ở|tai)\s+(?:thành phố\s+|tỉnh\s+|thanh pho\s+|tinh\s+|tp\.?\s*)?\Z",
}
INSTITUTION_AFTER = {
    "en": r"(?:universit(?:y|ies)|college|school|academy|institute|hospital|port|airport|bank|steel|heavy|motors?|"
          r"industries|electric|holdings|corporation|company|group|club|fc|stadium|station|hotel|chamber|"
          r"association|federation|newport|shipyard|shipping|logistics|authority|authorities|corporations?)",
    "fr": r"(?:universit\w*|fc|club|holdings?)",
    "vi": r"(?:fc)",
}
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
