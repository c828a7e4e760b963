holdout3, part "c" (files c01_* .. c10_* in articles/ and gold/)
=================================================================

What this is
------------
Ten evaluation articles and their gold annotations for twinlens: 4 English (c01-c04),
3 French (c05-c07), 3 Vietnamese (c08-c10). Each article is original text, 2-5 KB, written
in the shape of a real outlet (Viet Nam News, VnExpress International, SGGP English,
Le Courrier du Vietnam / VNA, VietnamPlus, Nhan Dan, Tuoi Tre, a provincial portal), plus
one page in the style of a foreign partner city's own website (c04, Ota City, Gunma).
The d* files in the same folders come from another annotator and are not part of this note.

Written blind on 2026-12-05 by an independent annotator. No code under /work/main was read
or run (no extractor, loaders, tests, samples, or other holdout sets). Only the export
contract, the five seed articles, their gold files and shared/tools/score.py were read.
The gold was checked by building an export from it per the contract and scoring it with
score.py (F1 1.000 on all three parts; every "match" spelling also resolves to its own
place, and person-name / boilerplate traps do not resolve to any gold place).

Rules for use
-------------
Nobody may tune the extractor on these files, and nobody tuning the extractor may look at
them (articles or gold). They are for measurement only. If they are ever used for tuning,
they stop being a holdout and must be replaced.

Annotation conventions (following the seed gold)
------------------------------------------------
- Localities: every sub-national place named in the article body. Not countries, not
  macro-regions (Central Highlands/Tay Nguyen, Mekong delta, Red River Delta, Nord-Est de la
  Thailande, Kanto...), not places only in menus, captions' credits, related-story lists
  or footers, not places inside person names (Nguyen Thai Binh, Vo Quang Nam, Florence
  Dumas, Le Thi Ha Giang, Le Hoa Binh, Vladimir Razumov, Le Hai Duong, Nguyen Vinh Phuc,
  Adelaide Morrison). A place seen only inside an organisation / site / border-gate name
  (Nghi Son Economic Zone, Dong Van parks, Cha Lo, Moc Bai, Que Vo, Kim Lien relic site,
  Wallonie-Bruxelles International), a parenthetical parent (Gumi's Gyeongsangbuk) or a
  mere distance reference (Tokyo, Hanoi in c04) is "optional", as in the seed gold.
- A province and a city of the same name are two gold places when the text names both
  (Thanh Hoa / Thanh Hoa City, Shizuoka / Shizuoka City, Ben Tre / Ben Tre City,
  Liege / Liege City, Ulyanovsk / Ulyanovsk City, Tay Ninh / Tay Ninh City).
- Agreements: one record per pair; status signed / established / renewed / existing /
  planned; year when stated ("year_optional" where two years are defensible, e.g.
  first signing vs renewal, or letter of intent now vs formal signing later).
- Figures: fully scaled values; locality = the Vietnamese locality the clause reports on
  (foreign locality with partner VN when no Vietnamese locality is involved, as in seed
  002), null for whole-country figures; borderline metrics (ranks, growth %, students,
  anniversaries, distances, areas, border lengths) are optional.

Which ties are publicly reported and which are illustrative
-----------------------------------------------------------
Publicly reported ties (from the annotator's general knowledge; not re-checked online
while writing, and every date detail below that is not listed here is illustrative):
- Dak Lak ~ Mondulkiri (neighbouring provinces with periodic cooperation agreements) and
  Dak Lak ~ Champasak (c01).
- Ho Chi Minh City ~ Busan and Ho Chi Minh City ~ San Francisco, sister cities since 1995
  (c03); the July 2025 merger of Binh Duong and Ba Ria-Vung Tau into HCMC (c03).
- Hanoi ~ Region Ile-de-France decentralised cooperation since 1989, and the jointly created
  Institut des metiers de la ville; Hanoi ~ Toulouse cooperation (c05).
- Quang Binh ~ Khammouane yearly cooperation agreements; the Cha Lo - Na Phao border gate;
  the third Thai-Lao Friendship Bridge linking Nakhon Phanom and Thakhek (c07).
- Nghe An ~ Ulyanovsk friendship (birthplaces of Ho Chi Minh and Lenin; Ulyanovsk formerly
  Simbirsk); TH Group dairy projects in Moscow and Kaluga oblasts of roughly US$2.7 billion
  (c08).
- Tay Ninh's cooperation with the Cambodian border provinces Svay Rieng, Tbong Khmum and
  Prey Veng (c09).
Illustrative (invented for this set, not claimed to exist): Dak Lak ~ Karnataka, Ea Sup ~
Koh Nhek; Thanh Hoa ~ Shizuoka, Thanh Hoa City ~ Shizuoka City, Sam Son ~ Atami; Binh Duong ~
Gyeonggi (2019), Ba Ria-Vung Tau ~ Ulsan (2009), HCMC ~ Daegu, HCMC ~ Victoria; Ota ~ Ha Nam,
Gunma ~ Ha Nam; Hanoi ~ Paris 2013 date, Ile-de-France ~ HCMC letter of intent; Ben Tre ~
Liege (province and city); Minh Hoa ~ Boualapha, Quang Binh ~ Nakhon Phanom; Vinh ~ Ulyanovsk
City, Nghe An ~ Vitebsk; Tan Bien ~ Memot, Trang Bang ~ Bavet; Bac Ninh ~ Gyeonggi, Bac Ninh ~
Guangdong, Tu Son ~ Gumi.
All persons are invented. All figures (investment, trade, projects, residents, aid...) are
illustrative; a few national totals are only of the right order of magnitude. Related-story
headlines and footers are invented boilerplate and carry no gold.
