holdout3, part "d" (files d01_* ... d10_*)
==========================================

What this is
------------
Ten hand-written news articles (articles/d*.txt) and their gold annotations
(gold/d*.json, same basename + .json, same format as shared/gold/*.json), for
scoring twinlens with shared/tools/score.py. The c01...c10 files in this folder
are another annotator's part and are not described here.

Written blind on 2026-12-05 by an independent annotator. Neither the twinlens
code (/work/main) nor its samples, tests, loaders or the other evaluation sets
(eval/holdout*, the c* files) were read or run. The only inputs used were
shared/docs/export-contract.md, the five seed articles (for their shape only),
the seed gold files (for the format) and shared/tools/score.py (for how names
are matched).

NOBODY MAY TUNE THE EXTRACTOR ON THIS SET, OR LOOK AT THESE FILES WHILE TUNING.
Read a score on it, do not read the misses and then change a rule to fit them.
Once a rule has been changed because of something seen here, the set no longer
measures anything and has to be replaced.

Languages: French d01 d04 d07 d10; English d02 d05 d08; Vietnamese d03 d06 d09
(d06 is a saved web page with a cookie banner and menu lines on top).

The texts are original. They copy the shape of real outlets (VNA French
service / Le Courrier du Vietnam, VietnamPlus, Vietnam Investment Review, a
French regional daily, a French city-hall site, Báo Thế giới và Việt Nam, a
provincial portal, a provincial paper), including captions, related-story lists
and footers that name other places, agreements and figures on purpose.

Real or illustrative
--------------------
ALL persons quoted or named are fictional. ALL figures, meeting numbers and
exact dates are illustrative (kept to a plausible order of magnitude), and so
are the outlets' headlines. The ties themselves:

Publicly reported, to the annotator's knowledge:
  d01 Lao Cai - Yunnan joint working group; Lao Cai city - Hekou cooperation
  d02 Quang Ninh - Guangxi yearly meetings; Mong Cai - Dongxing cooperation;
      the Hoanh Mo - Dongzhong and Bac Phong Sinh - Lihuo border-gate pairs
  d03 Ha Tinh - Bolikhamxay and Ha Tinh - Khammouane; Cau Treo - Nam Phao gates
  d04 Blois - Hue heritage cooperation
  d05 Hai Phong - Kitakyushu sister cities (2014) and Kitakyushu's water
      technology at Hai Phong's An Duong plant; Hai Phong - Incheon ties
  d06 Kien Giang - Kampot / Kep / Takeo cooperation
  d07 Son La - Luang Prabang and Son La - Houaphanh
  d08 Kon Tum - Attapeu and Kon Tum - Ratanakiri; Hoang Anh Gia Lai in Attapeu
  d09 Ha Giang - Wenshan cooperation; Ha Giang merged into Tuyen Quang (1/7/2025)
  d10 Montreuil - Hai Duong water cooperation; Hai Duong merged into Hai Phong
      (1/7/2025)
Illustrative (invented for the test, do not cite):
  d01 Lao Cai - Honghe planned memorandum; the 12th meeting and its minutes
  d02 the 2016 date of the Mong Cai - Dongxing agreement; Ha Long -
      Fangchenggang planned friendship; Guilin / Ha Long universities agreement
  d03 Ha Tinh city - Paksan twinning (2017); Huong Son - Khamkeut planned twinning
  d04 the 2024-2027 convention, its amounts and the regional co-funding
  d05 the 2024 memorandum (the article gives no year for the Incheon tie)
  d06 the 2025-2029 agreement; Ha Tien - Kampot city planned twinning
  d07 the 26 Nov 2024 agreement; Son La city - Luang Prabang city planned twinning
  d08 the 2024-2026 agreement; the 2019 date for Ratanakiri; Kon Tum city -
      Samakkhixay planned twinning
  d09 the 20/11/2025 Tuyen Quang - Wenshan memorandum; the 2012 date
  d10 the start year 2000, the 2022 renewal, the amounts, and the planned 2026
      agreement with Hai Phong

Gold conventions used (same as the seed gold)
---------------------------------------------
- localities: sub-national places named in the article body only; not
  countries, macro-regions (Nord-Ouest, Tây Bắc, Central Highlands, Bắc Trung
  Bộ, đồng bằng sông Cửu Long, Red River delta), rivers, border gates, ports,
  industrial parks, nor places inside person or organisation names. Border-gate
  names that are also communes/villages, places only in a railway-line name and
  parenthetical locators are "optional".
- A city and the province of the same name are two localities (Lao Cai, Ha
  Tinh, Son La, Luang Prabang, Kampot, Kon Tum, Hai Duong, Wenshan); the city
  entry lists "thành phố X / ville de X / X City" spellings in "match", because
  the scorer drops kind words and would otherwise fold both to one key. Names
  that contain a kind word themselves (Ha Tinh: "tinh"; Mã Quan: "quan") were
  checked to resolve.
- agreements: one record per pair; kind is one of mou, agreement, friendship,
  cooperation, twinning (not scored); status signed / established / active /
  renewed / planned. "year_optional" where the year is only implied by the
  publication date while the text offers another candidate (a period start, an
  older founding year), or where one record stands for both an old tie and a
  new memorandum.
- figures: fully scaled value; locality = the Vietnamese locality the clause
  reports on (or the foreign locality, partner VN, when the clause is about
  Vietnamese visitors there), partner = ISO2 of the foreign country, locality
  null for whole-country figures. Totals without a foreign partner, ranks,
  anniversaries, border lengths and restated conversions are "optional".

Check done on 2026-12-05: an export built from these gold files per
export-contract.md (once with canonical names, once with the spellings found in
the texts; with and without optional items) was scored with
shared/tools/score.py over the d* gold only: every file loads, every document
is found, overall F1 1.000 and every ratio 1.00. No scratch file was kept.
