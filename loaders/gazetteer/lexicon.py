"""Words of French, English and Vietnamese that the place finder reads around a name.

All entries are folded (lowercase, no diacritics), as ``textfold.fold`` gives them,
and single tokens unless said otherwise. These are facts of the languages, not of
any article: what a kind word is, which words are only grammar, which family names
Vietnamese people carry.
"""
from __future__ import annotations

# Kind words: the unit a name is said to be. CITY and UNIT (a first-level unit:
# province, prefecture, state...) are what resolution needs to tell a city from the
# province of the same name.
CITY, UNIT, DISTRICT, COMMUNE = "city", "unit", "district", "commune"
# Border gates and economic zones: named after a district, commune or town, which is a
# place then ("cửa khẩu Na Mèo", "the Bavet border gate", "la zone économique de Vân Đồn").
SITE = "site"

KIND_WORDS: dict[str, str] = {
    # English
    "city": CITY, "cities": CITY, "town": CITY, "towns": CITY, "municipality": CITY,
    "municipalities": CITY, "metropolis": CITY, "municipal": CITY, "village": CITY,
    "province": UNIT, "provinces": UNIT, "provincial": UNIT, "prefecture": UNIT,
    "prefectures": UNIT, "prefectural": UNIT, "state": UNIT, "states": UNIT, "oblast": UNIT,
    "oblasts": UNIT, "krai": UNIT, "kray": UNIT, "region": UNIT, "regions": UNIT,
    "regional": UNIT, "county": UNIT, "counties": UNIT, "department": UNIT, "territory": UNIT,
    "governorate": UNIT, "canton": UNIT, "land": UNIT,
    "district": DISTRICT, "districts": DISTRICT, "ward": COMMUNE, "wards": COMMUNE, "borough": DISTRICT,
    # French (province/region/canton are shared with English)
    "ville": CITY, "villes": CITY, "cite": CITY, "commune": CITY, "communes": CITY,
    "metropole": CITY, "etat": UNIT, "etats": UNIT,
    "departement": UNIT, "departements": UNIT, "comte": UNIT,
    "arrondissement": DISTRICT,
    # Vietnamese (multi-token forms are joined by a space)
    "thanh pho": CITY, "tp": CITY, "thi xa": CITY, "thi tran": CITY, "do thi": CITY,
    "tinh": UNIT, "bang": UNIT, "vung": UNIT, "quan": DISTRICT, "huyen": DISTRICT,
    "phuong": COMMUNE, "xa": COMMUNE,
    # "châu Văn Sơn": a Chinese autonomous prefecture.
    "chau": UNIT,
    # "phủ Osaka", "phủ Kyoto": Japan's two urban prefectures (-fu) in Vietnamese.
    "phu": UNIT,
    "cua khau": SITE, "khu kinh te": SITE, "border gate": SITE, "border gates": SITE,
    "international border gate": SITE, "economic zone": SITE, "border checkpoint": SITE,
    "poste frontiere": SITE, "zone economique": SITE,
    # Suffixes joined by a hyphen in romanised Japanese, Korean, Chinese names.
    "shi": CITY, "si": CITY, "ken": UNIT, "fu": UNIT, "do": UNIT, "sheng": UNIT,
}
# Every word of every kind word ("thanh", "pho"), to stop a scan at any of them.
KIND_WORD_PARTS = frozenset(w for k in KIND_WORDS for w in k.split())
# How Vietnamese writes its kind words: a word that folds like one but is spelt otherwise
# is another word ("quan hệ" is not "quận", "tinh thần" not "tỉnh", "địa phương" not
# "phường", "bằng" not "bang"). For two-word kinds, their last word. Text without
# diacritics cannot tell, and keeps them all.
VI_KIND_SPELLINGS = {
    "quan": "quận", "huyen": "huyện", "tinh": "tỉnh", "xa": "xã", "phuong": "phường", "bang": "bang",
    "vung": "vùng", "chau": "châu", "phu": "phủ", "pho": "phố", "tran": "trấn", "thi": "thị", "khau": "khẩu", "te": "tế",
}
# Kind words that only count when glued to the name with a hyphen ("Kanagawa-ken"):
# alone they are ordinary words.
HYPHEN_ONLY_KINDS = {"shi", "si", "ken", "fu", "do", "to", "sheng", "gun", "ku", "machi", "cho", "mura"}
# Adjectives of kind ("the Quang Ninh Provincial Party Committee") tell the kind only after
# the name; before it they qualify some other noun ("Comité populaire municipal Tran Sy Thanh").
KIND_ADJECTIVES = {"municipal", "provincial", "prefectural", "regional"}
# Kind words that a name may carry inside it ("Métropole de Lyon", "Hanoi City",
# "Région Île-de-France"): the name then says its own kind.
INNER_KINDS = {"city", "ville", "metropole", "metropolis", "province", "prefecture", "oblast", "region", "district",
               "county", "municipality", "thanh pho", "thi xa", "thi tran"}
PLURAL_KINDS = {"border gates", "cities", "towns", "municipalities", "provinces", "prefectures", "states", "oblasts",
                "regions", "counties", "districts", "villes", "communes", "etats", "departements"}
# Vietnamese kind words come first and are often written lowercase; these are the only
# ones that stand right before the name without "of"/"de".
KIND_BEFORE_BARE = {"thanh pho", "tp", "thi xa", "thi tran", "tinh", "bang", "quan", "huyen", "phuong",
                    "vung", "xa", "do thi", "chau", "phu", "cua khau", "khu kinh te",
                    # French names official regions bare: "la région Nouvelle-Aquitaine".
                    "region"}

# Words before a river's name: many units are named after theirs ("les bords de Loire",
# "the banks of the Rhine", "sông Hồng").
RIVER_WORDS = frozenset("""
    bord bords rive rives fleuve riviere estuaire embouchure confluent bank banks river estuary
    mouth song
""".split())

# Capitalised words that make a new name out of a place's: "Little Saigon", "Petit Paris".
NAME_FORMERS = frozenset("little petit petite mini".split())

# Words of direction: a unit whose name is made of these only ("Nord-Ouest", "North
# West", "Centre") is a region of speech unless its country governs it.
COMPASS = frozenset("""
    nord sud est ouest north south east west northern southern eastern western central centre
    center centrale centro middle northwest northeast southwest southeast northwestern
    northeastern southwestern southeastern upper lower
""".split())

# Nouns for "place" that say nothing of its kind but may stand between a country word and a
# list of names: "the Japanese localities of Kawasaki, Sakai...".
PLACE_NOUNS = {
    "locality", "localities", "partner", "partners", "area", "areas", "place", "places",
    "localite", "localites", "partenaire", "partenaires", "collectivite", "collectivites",
    "collectivites", "territoire", "territoires", "zone", "zones", "destination", "destinations",
    "dia phuong", "doi tac", "khu vuc",
}

# Words that mark a name as the former one ("tỉnh Quảng Nam (cũ)", "l'ancienne province de").
FORMER_AFTER = {"cu", "former", "formerly", "ancienne", "ancien", "truoc day"}
FORMER_BEFORE = {"former", "formerly", "old", "ancienne", "ancien", "ex", "l'ex", "feu"}

# Prepositions that put a place after them ("the port of X", "à X", "tại X").
LOCATIVES = frozenset("""
    in at from to of near via into toward towards a au aux de d du des dans en vers pres chez
    tai o tu den toi ve qua
""".split())

# Words that introduce or glue the members of a list of places.
LIST_GLUE = {"and", "et", "va", "or", "ou", "hoac", "cung", "with", "avec", "as well as",
             "ainsi que", "along with", "together with", "plus"}
LIST_INTRO = {
    "such as", "like", "including", "include", "includes", "namely", "notably", "especially",
    "particularly", "comme", "dont", "notamment", "tels que", "telles que", "tel que",
    "a savoir", "y compris", "en particulier", "surtout", "nhu", "gom", "bao gom", "la",
    "trong do", "dac biet la",
}

# Grammar words: skipped when reading to the left or right of a name, and never a place alone.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a an the of in on at to from by for with and or but as into onto over under about after
        before between among through during within without its it their his her our your this
        that these those which who whom whose what where when while also both each every all any
        some many several most more other another such than then there here is are was were be
        been being has have had do does did will would shall should can could may might must
        not no nor so very just only even up down out off own same new old first last next
        one two three four five six seven eight nine ten s mr mrs ms dr st
        she they you him
    """.split()),
    "fr": frozenset("""
        le la les l un une des du de d au aux a en dans sur sous par pour avec sans entre vers
        chez et ou mais ni car donc or que qui quoi dont ou ce cet cette ces son sa ses leur
        leurs notre nos votre vos mon ma mes il elle ils elles on nous vous se s y ne pas plus
        tres aussi ainsi deja encore depuis pendant selon lors apres avant comme tout tous toute
        toutes autre autres meme memes deux trois quatre cinq six sept huit neuf dix est sont
        ete etre a ont avait fait m mme mlle
    """.split()),
    "vi": frozenset("""
        va cua cac nhung mot la voi duoc co trong cho nay nguoi khong nam da se dang tai o tu
        den ve theo nhu cung con hay hoac nhung nhieu moi ca sau truoc giua tren duoi ra vao
        lai thi ma nen vi neu khi de bang hon rat cung nay do kia ay ong ba anh chi em
    """.split()),
}
ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())

# Capitalised at the start of a sentence, these English and French words are words, though
# GeoNames also knows a place by each name.
COMMON_WORDS = frozenset("""
    most of nice tours hope mobile reading bath split orange union central victory liberty
    independence paradise friendship progress unity harmony concord commerce industry
    enterprise opportunity sale say bar male gap vence alba mission marathon eagle energy
    ocean sun moon star golden silver royal grand grande petite bonne belle paix bonheur
    avenir espoir progres nation national international government health capital
    president chairman governor mayor minister secretary director council committee party
    people republic socialist democratic federal central southern northern eastern western
    south north east west sud nord est ouest centre center middle upper lower new old
    may march june july august mars juin juillet aout
    coast lakes islands highlands plateau delta river mountain mountains valley littoral interior
    metropolitan greater capitale centrale occidentale orientale
    long nam mai vinh hoa an binh phu tan thanh minh hai trung quang duc hung thai
    de la le
""".split())

# Vietnamese family names (folded). A capitalised run that starts with one of these and goes
# on with given names is a person, even when a syllable in it is also a place ("Nguyen
# Thanh Long", "Le Van Vinh").
VN_FAMILY_NAMES = frozenset("""
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly li dinh dao
    truong luong mai to ta cao chu doan lam ha phung quach vuong trieu tang thai van kieu
    luu mac ton than khong la giang trinh dong dam hua luc nong tong tu doan chau au quan
    diep ong lu lo hau phi vi bach ninh kim khuc man nghiem tieu trinh thach yen dau be
    giap lai quan thieu ung hong khuat cu kha mang nham
""".split())
# Chinese family names in pinyin: before a one-word name they make a person ("Xi Jinping",
# Jinping being a county of Yunnan; "Zhao Leji").
CN_FAMILY_NAMES = frozenset("""
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao jin cui zhong tan fan liao shi jia xia fu fang zou xiong
    bai meng qin qiu hou yin xue yan duan lei long mao hao gu gong shao wan qian kong xiang
    xi qi ni niu geng dai lai kang
""".split())
# Middle names that mark the run as a person even when the family name is unusual.
VN_MIDDLE_NAMES = frozenset("van thi dinh xuan ngoc minh duc huu cong quoc thanh anh".split())
# Given names of East Asian people written family-name first ("Mori Takero", "Koike
# Yuriko") mostly end like these; a capitalised romaji word of that shape right after a
# place-like word makes the pair a person.
JP_GIVEN_ENDINGS = ("ko", "ro", "rou", "ji", "ichi", "hiko", "hiro", "michi", "yuki", "nori", "shi",
                    "ta", "suke", "o", "mi", "e", "ka", "na", "ya", "to", "ki", "ru", "ri", "ho", "hi",
                    "zo", "go", "sa", "ne", "ji", "kazu", "aki", "haru", "masa", "taka", "yasu", "tomo")

# Words of address: whatever capitalised name follows is a person's, however many words
# it has ("ông Hà Nam Khánh", "M. Lê Bắc Giang"). The Vietnamese ones as written, with
# their tones ("Bắc", north, is not "bác", uncle), and folded for a quick first test.
ASCII_HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir madam madame mme mlle m monsieur".split())
VI_HONORIFICS = {"ông": "ong", "bà": "ba", "anh": "anh", "chị": "chi", "cô": "co", "chú": "chu", "bác": "bac"}
HONORIFICS = ASCII_HONORIFICS | frozenset(VI_HONORIFICS.values())
# Words before a name that make it a person: "Mr Vinh", "ông Vinh", "M. Nancy".
PERSON_TITLES = frozenset("""
    mr mrs ms miss dr prof sir madam madame mme mlle m monsieur ong ba anh chi em co chu bac
    president chairman chairwoman governor gouverneur mayor maire secretary secretaire
    minister ministre ambassador ambassadeur consul director directeur general general
    premier deputy vice chief head leader dirigeant professeur professor
""".split())

# Capitalised words that may follow a place in the name of something that is there
# ("Hanoi University", "Kawasaki Mayor", "Da Nang Party Committee"): the place is meant.
PLACE_QUALIFIERS = frozenset("""
    university college school institute academy hospital airport port seaport station bay river
    lake mountain island islands beach mayor governor council committee party people peoples
    government assembly administration municipal metropolitan prefectural provincial city
    province prefecture state region district international expo festival museum park zone
    pagoda temple citadel bridge market centre center club federation association chamber
    union department office consulate embassy delegation side authorities leaders
    autonomous administrative special
    dai hoc truong benh vien so ubnd hdnd
""".split())

# Given names that are also names of cities ("Vladimir Putin", "Victoria Beckham",
# "Florence Martin", "Sofia Rossi"): before a capitalised surname they open a person's
# name, and a place name right after one is a surname ("George Washington").
GIVEN_NAMES = frozenset("""
    abraham adelaide adrian agnes albert alberta alexander alexandra alexandria alice alma amelia
    anna anne antonio augusta augustin austin barbara beatrice bella benjamin bernard bruno carmen
    caroline catherine cecilia celestine charles charlotte chester christian christina clara
    clarence clement clinton constance constantine cornelia denis diana dolores dominic dorothy
    douglas eden edmond edward elena eliza elizabeth ellis elsa emilia emma eugene eva evelyn fatima
    felix fernando florence francis francisco frank franklin frederick gabriel george georgia
    geraldine gilbert grace hamilton hannah harrison helena henry hugo irene irving isabel isabella
    ivan jackson jacob james jasper jefferson jerome jesus joao joseph juan juliana julius kent
    laura lawrence leon leonard leopold lincoln lorenzo louis louisa lucia luis madison magdalena
    marcus margaret maria marietta marina marion martin mary matilda maurice maximilian mercedes
    milton monica nelson nicholas nikolai olga olivia orlando oscar pablo paris patricia paul pedro
    peter petra philip pierre rafael raleigh raymond regina richard rita roberto romeo rosa rosario
    salvador samuel santiago sebastian sofia sophia stanley stella stephen sydney teresa theodore
    tyler valencia valentina vera victor victoria vincent vladimir warren wellington william winston
    xavier yaroslav
    alain alexandre andre andrea anne-marie antoine arnaud aurelie bernadette brigitte camille
    cedric celine chantal christelle christiane christophe claire claude colette corinne daniel
    david delphine didier dominique eric emmanuel emmanuelle etienne fabrice florian francois
    francoise gerard gilles guillaume helene herve isabelle jacques jean jeanne jerome johanna
    josephine julie julien karine laurence laurent lucie luc marc marie martine mathieu michel
    michele monique nathalie nicolas olivier pascal pascale patrick philippe sandrine sebastien
    serge stephane sylvie thierry thomas valerie veronique yves
    alan alice amanda amy andrew angela ann anthony ashley betty brian carol christopher cynthia
    deborah dennis donald donna edward emily eric gary gregory janet jason jennifer jessica john
    jonathan joshua karen kathleen kenneth kevin kimberly larry linda lisa mark matthew melissa
    michael michelle nancy pamela rebecca robert ronald ryan sandra sarah scott sharon steven susan
    timothy
    alexei andrei boris dmitry igor mikhail natalia sergei tatiana yuri
""".split())

# Head nouns of institutions named "X of <place>" or "<place> X": the name is the
# institution's, not a mention of the place ("Université de Bordeaux", "Kyoto University").
INSTITUTIONS = frozenset("""
    universite university universities universidad college ecole school institut institute academie
    academy hopital hospital banque bank chambre chamber compagnie agence agency association
    federation fondation foundation musee museum conservatoire lycee
""".split())

# Words after a name that make it an organisation where the place is not meant.
ORG_AFTER = frozenset("""
    corporation corp corp. co company companies group groupe holdings holding inc ltd llc plc
    jsc motor motors steel electric electronics heavy industries chemical chemicals airlines
    airways air bank banque securities insurance pharma pharmaceutical pharmaceuticals fc
    football club united brewery beer foods construction engineering logistics shipping
    automobile automotive university college institute academy hospital museum
""".split())
ORG_BEFORE = frozenset("""
    company groupe group societe entreprise firm firme brand marque cong ty tap doan hang
    ngan hang khach san hiep hoi doanh nghiep
""".split())
# Companies named after their home town: the company is the usual sense, so the town is
# only taken when a kind word says so ("Toyota City", "thanh pho Toyota").
BRANDS = frozenset("toyota hitachi nokia mitsubishi".split())
