"""Names that are not localities but hold one's name, in the three languages.

Oceans, seas, rivers, continents and the macro-regions of Vietnam and its neighbours
are no sub-national unit, yet "Thái Bình Dương" (the Pacific) contains Thái Bình, "the
Mekong Delta" contains nothing but reads like a place, and "Tây Bắc" (the North-West)
is a region of speech. The gazetteer takes these names as a whole so that nothing
inside them is read as a place. Facts of geography, not of any article.
"""
from __future__ import annotations

FEATURES: tuple[str, ...] = (
    # Oceans, seas, gulfs.
    "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương", "Bắc Băng Dương", "Biển Đông", "Biển Hoa Đông",
    "Biển Nhật Bản", "Vịnh Bắc Bộ", "Vịnh Thái Lan", "Pacific", "Pacific Ocean", "Indian Ocean",
    "Atlantic", "South China Sea", "East China Sea", "East Sea", "Sea of Japan", "Gulf of Tonkin",
    "Gulf of Thailand", "Pacifique", "océan Pacifique", "océan Indien", "Atlantique",
    "mer de Chine méridionale", "mer Orientale", "mer de l'Est", "golfe du Tonkin",
    # Continents and world regions.
    "châu Á", "châu Âu", "châu Phi", "châu Mỹ", "châu Úc", "châu Đại Dương", "Châu Á - Thái Bình Dương",
    "Á - Âu", "Á Âu", "Đông Nam Á", "Đông Bắc Á", "Đông Á", "Nam Á", "Trung Á", "Tây Á", "Trung Đông",
    "Đông Dương", "Bán đảo Đông Dương", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Âu", "Trung Âu", "Mỹ Latinh",
    "Asia", "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Southeast Asia", "South-East Asia",
    "South East Asia", "East Asia", "Northeast Asia", "North-East Asia", "South Asia", "Central Asia",
    "Middle East", "Indochina", "Europe", "Eastern Europe", "Western Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "Africa", "Oceania", "Latin America", "Eurasia",
    "Scandinavia", "Siberia", "Far East", "Russian Far East", "Balkans",
    "Asie", "Asie-Pacifique", "Asie Pacifique", "Asie du Sud-Est", "Asie de l'Est", "Asie du Nord-Est",
    "Asie centrale", "Asie du Sud", "Moyen-Orient", "Proche-Orient", "Indochine", "Europe de l'Est",
    "Afrique", "Océanie", "Amérique latine", "Extrême-Orient", "Sibérie",
    # Rivers and their deltas, mountain ranges.
    "Mê Kông", "Mê Công", "Mekong", "Mékong", "sông Mê Kông", "Lan Thương", "Lan Thương - Mê Kông",
    "Lan Thương-Mê Kông", "Tiểu vùng sông Mê Kông", "Mekong-Lancang", "Lancang-Mekong", "Lancang",
    "Mekong River", "Mekong Delta", "Greater Mekong Subregion", "Greater Mekong", "Mekong Subregion",
    "delta du Mékong", "fleuve Rouge", "delta du fleuve Rouge", "sông Hồng", "Đồng bằng sông Hồng",
    "Red River", "Red River Delta", "Cửu Long", "Đồng bằng sông Cửu Long", "sông Cửu Long",
    "Trường Sơn", "Truong Son", "Annamite", "Annamites", "Himalaya", "Himalayas",
    # Macro-regions of Vietnam.
    "Tây Bắc", "Tây Bắc Bộ", "Đông Bắc", "Đông Bắc Bộ", "Bắc Bộ", "Trung Bộ", "Nam Bộ", "Bắc Trung Bộ",
    "Nam Trung Bộ", "Duyên hải Nam Trung Bộ", "Duyên hải miền Trung", "Đông Nam Bộ", "Tây Nam Bộ",
    "Tây Nguyên", "Trung du miền núi phía Bắc", "miền Bắc", "miền Trung", "miền Nam", "miền Tây",
    "Central Highlands", "Northwest", "North-West", "Northwestern", "Northeast", "North-East",
    "North Central", "North Central Coast", "South Central Coast", "Central Coast", "Southeast",
    "South-East", "Southwest", "South-West", "Northern Midlands", "Northern Mountains",
    "Hauts Plateaux", "Hauts Plateaux du Centre", "Hauts-Plateaux", "Nord-Ouest", "Nord-Est",
    "Tonkin", "Annam", "Cochinchine", "Cochinchina",
    # Valleys, coasts and metropolitan areas that are no unit.
    "Val de Loire", "Vallée de la Loire", "Loire Valley", "Côte d'Azur", "French Riviera", "Bay Area",
    "San Francisco Bay Area", "Silicon Valley", "Inland Empire", "Greater Bay Area",
    "Pearl River Delta", "Yangtze River Delta", "Châu thổ sông Châu Giang",
    # Macro-regions and islands of Japan and Korea that are no prefecture.
    "Kanto", "Kantō", "Kansai", "Kinki", "Kyushu", "Kyūshū", "Tohoku", "Tōhoku", "Chubu", "Chūbu",
    "Chugoku", "Chūgoku", "Shikoku", "Hokuriku", "Tokai", "Tōkai", "Honshu", "Honshū", "Quan Tây", "Quan Đông",
    "Cửu Châu", "Yeongnam", "Honam",
)
