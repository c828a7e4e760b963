"""Throughput of the place finder on one core, and the gazetteer's build and load times.

    .venv/bin/python bench/bench_places.py [--docs 3000] [--size 3000] [--skip-build]

The documents are synthetic, ~3 KB each, made by drawing sentences at random from a
pool written in French, English and Vietnamese (places, people, organisations,
numbers, country words), so the finder meets the mix it meets in real articles.
The cold build runs in a temporary cache directory; the load is timed from that cache.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SENTENCES = [
    "Da Nang a signé un protocole d'accord avec quatre villes japonaises : Kawasaki, Sakai, Yokohama et Kisarazu.",
    "Le président du Comité populaire de Hanoï Tran Sy Thanh a rencontré le gouverneur de Tokyo Koike Yuriko.",
    "La ville de Dà Nang mène de nombreuses activités de promotion du commerce avec le Japon.",
    "En 2023, les exportations de Da Nang vers le Japon sont estimées à 650 millions d'USD.",
    "Le gouverneur de la préfecture de Kanagawa, Kuroiwa Yuji, a signé le protocole d'accord.",
    "Quang Ninh et Hokkaido, l'Université de Ha Long et celle d'Asahikawa ont signé des accords.",
    "Hô Chi Minh-Ville et Lyon coopèrent depuis 1997 dans l'urbanisme et la santé publique.",
    "La province de Lao Cai partage avec le Yunnan plus de 180 km de frontière avec la Chine.",
    "Da Nang maintains official friendship ties with Shandong, Jiangsu, Macau, Kunming (Yunnan) and Guangxi.",
    "Trade cooperation programmes with Yaroslavl Province, and the cities of Nizhegorod and Briansk, continue.",
    "Special attention is paid to ties with Japanese localities such as Kobe, Yaidu, Fukuoka and Ohtawara.",
    "Secretary Le Ngoc Quang hosted Chinese Consul General Dong Biyou on Wednesday.",
    "Japan is Da Nang's first investor, with over 1.14 billion USD in 261 projects.",
    "Most notable was the Year for Vietnam-Laos Friendship and Solidarity 2012.",
    "Of special note, Nice and Tours are also words, and Long is a person here: Pham Thanh Long.",
    "HCM City and Osaka City have worked together under a memorandum of understanding.",
    "The Toyota Motor plant in Vinh Phuc employs thousands of workers from Hai Duong and Bac Giang.",
    "Savannakhet and Quang Tri share the Lao Bao - Densavan border gate on National Road 9.",
    "Ulyanovsk Oblast and Nghe An signed a cooperation agreement in 2019.",
    "Tỉnh Quảng Ninh và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) đã ký biên bản ghi nhớ.",
    "Thành phố Hồ Chí Minh và thành phố Busan (Hàn Quốc) kỷ niệm 30 năm quan hệ kết nghĩa.",
    "Ông Trần Văn Long, Phó Chủ tịch UBND tỉnh Nghệ An, tiếp đoàn công tác tỉnh Ulyanovsk của Nga.",
    "TP.HCM hiện có hơn 2.000 dự án của các doanh nghiệp Nhật Bản với tổng vốn 6,6 tỷ USD.",
    "Lãnh đạo tỉnh Sê Kông cảm ơn sự giúp đỡ của Quảng Nam trước đây và Đà Nẵng hiện nay.",
    "The delegation visited Gyeongsangbuk-do, Gyeongju, Gumi and Pohang over five days.",
    "Mori Takero, consul général du Japon à Dà Nang, a salué les résultats obtenus.",
    "Specialists from Ohsaka have advised the southern metropolis on wastewater treatment.",
    "Quang Nam and Binh Duong were merged into Da Nang and Ho Chi Minh City in July 2025.",
    "The festival drew 35,000 visitors, and 27 companies from Kanagawa operate in Vietnam.",
    "The ministry said exports rose 12 percent to 4.2 billion USD, driven by electronics and textiles.",
    "Les deux parties ont convenu de renforcer la coopération dans l'éducation, la santé et le tourisme.",
    "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và du lịch.",
]
# Prose without places: most sentences of a real article name none.
PLAIN = [
    "The two sides agreed to step up exchanges of delegations at all levels in the coming years.",
    "Officials said the programme would focus on vocational training, digital transformation and green growth.",
    "The meeting took place in a cordial atmosphere, according to a statement released on Thursday.",
    "He stressed the importance of people-to-people exchanges and called for more direct flights.",
    "Investment in high technology, logistics and renewable energy will be given priority.",
    "Both leaders expressed confidence that the partnership would bring practical benefits to their people.",
    "The agreement covers culture, sport, tourism, health care, education and training of civil servants.",
    "A series of trade fairs, seminars and cultural festivals are planned for the second half of the year.",
    "La délégation a visité plusieurs entreprises et un parc industriel spécialisé dans l'électronique.",
    "Les autorités locales souhaitent attirer davantage d'investissements dans les énergies renouvelables.",
    "Selon le rapport, le nombre de touristes a augmenté de 15 % au cours des neuf premiers mois.",
    "Les deux parties ont également échangé sur les mesures visant à faciliter les échanges commerciaux.",
    "Il a souligné que la coopération décentralisée constitue un pilier important des relations bilatérales.",
    "Cette visite contribue à approfondir la confiance politique et l'amitié traditionnelle entre les peuples.",
    "Tại buổi làm việc, hai bên đã trao đổi về kết quả hợp tác trong thời gian qua và phương hướng sắp tới.",
    "Lãnh đạo địa phương đề nghị các doanh nghiệp tiếp tục mở rộng đầu tư vào lĩnh vực công nghệ cao.",
    "Đoàn công tác đã thăm một số cơ sở sản xuất, trường học và khu công nghiệp trên địa bàn.",
    "Hai bên thống nhất sẽ tổ chức các hoạt động giao lưu văn hóa, thể thao nhân dịp kỷ niệm quan hệ ngoại giao.",
    "The figures were released at a press conference held by the department of planning and investment.",
    "More than 500 students have received scholarships under the exchange programme since it began.",
]


def make_docs(n: int, size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            # About one sentence in three names places, as in the development articles.
            s = rng.choice(SENTENCES) if rng.random() < 0.35 else rng.choice(PLAIN)
            parts.append(s)
            length += len(s) + 1
        # Paragraphs of three or four sentences, as articles have.
        paras = [" ".join(parts[i:i + 4]) for i in range(0, len(parts), 4)]
        docs.append("\n\n".join(paras))
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--skip-build", action="store_true", help="use the existing cache, skip the cold build")
    args = ap.parse_args()
    if not args.skip_build:
        os.environ["TWINLENS_CACHE"] = tempfile.mkdtemp(prefix="twinlens-bench-")
    from loaders import gazetteer
    from loaders.gazetteer import build
    from loaders.places import find_places
    from loaders.records import Region

    if not args.skip_build:
        t0 = time.perf_counter()
        gaz = build.build()
        build._save(gaz, build.cache_path())
        print(f"gazetteer build (cold): {time.perf_counter() - t0:.2f} s, {len(gaz)} places, {len(gaz.rows)} names")
        del gaz
    gazetteer.reset()
    t0 = time.perf_counter()
    gaz = gazetteer.get()
    print(f"gazetteer load (cache): {time.perf_counter() - t0:.3f} s "
          f"({build.cache_path().stat().st_size / 1e6:.1f} MB)")

    docs = make_docs(args.docs, args.size)
    bodies = [[Region(0, len(d), "body")] for d in docs]
    langs = ["fr"] * len(docs)
    find_places(docs[0], bodies[0], "fr")  # warm the word-key cache as a long run would
    t0 = time.perf_counter()
    mentions = 0
    for doc, body, lang in zip(docs, bodies, langs):
        mentions += len(find_places(doc, body, lang).mentions)
    dt = time.perf_counter() - t0
    kb = sum(len(d) for d in docs) / len(docs) / 1000
    print(f"find_places: {len(docs)} docs of {kb:.1f} KB in {dt:.2f} s = {len(docs) / dt:.0f} docs/s "
          f"({mentions / len(docs):.1f} mentions/doc, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
