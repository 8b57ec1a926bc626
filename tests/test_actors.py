import json

import pandas as pd
import pytest

from conftest import DATA, FIXTURES, mention_rows
from helpers import HelpersError, analyze, article_from_text, load_article
from helpers.actors import (
    KINDS,
    actor_frame,
    cooccurrence,
    count_actors,
    counts_by_section,
    find_mentions,
    keys_of,
    load_actor_table,
    naive_capitalised_counts,
    snake_id,
)
from helpers.evaluate import match_spans, read_annotation, span_scores
from helpers.plots import cooccurrence_heatmap, mention_strip

ACTORS = DATA / "actors.csv"
DEV = sorted((FIXTURES / "articles").glob("dev*.txt"))


def found(text, actors=None):
    return mention_rows(text, ("text", "actor_id", "kind"), published="2022-02-01", actors=actors, headline="Headline")


# ---------------------------------------------------------------- one rule, one worked example
@pytest.mark.parametrize(
    "text, expected",
    [
        # names and title + name phrases; a full name once makes the surname resolve, anywhere
        ("Putin spoke. Russian President Vladimir Putin said so. Mr Putin left.",
         [("Putin", "vladimir_putin", "NAME"), ("Russian President Vladimir Putin", "vladimir_putin", "TITLE_NAME"),
          ("Mr Putin", "vladimir_putin", "TITLE_NAME")]),
        ("Ukraine's United Nations Ambassador Sergiy Kyslytsya spoke.",
         [("Ukraine's United Nations Ambassador Sergiy Kyslytsya", "sergiy_kyslytsya", "TITLE_NAME")]),
        ("The IMF agreed. IMF mission chief Stefan Kowalczyk said the fund would act.",
         [("IMF", "IMF", "NAME"), ("IMF mission chief Stefan Kowalczyk", "stefan_kowalczyk", "TITLE_NAME"), ("the fund", "IMF", "DESCRIPTION")]),
        ("Ursula von der Leyen spoke. Von der Leyen left.",
         [("Ursula von der Leyen", "ursula_von_der_leyen", "NAME"), ("Von der Leyen", "ursula_von_der_leyen", "NAME")]),
        # organisations, acronyms, the West
        ("The Inter-American Development Bank (IDB) agreed. The IDB will pay.",
         [("Inter-American Development Bank", "IDB", "NAME"), ("IDB", "IDB", "NAME"), ("IDB", "IDB", "NAME")]),
        ("The West ignored the U. N.  Security Council.", [("West", "WEST", "NAME"), ("U. N.  Security Council", "UNSC", "NAME")]),
        # metonyms, and locative uses that are places
        ("Moscow denies it, and Washington and its allies disagree.", [("Moscow", "RUS", "METONYM"), ("Washington", "USA", "METONYM")]),
        ("They met in the Kremlin before a visit to Moscow.", []),
        ("Kremlin demands were ignored.", [("Kremlin", "RUS", "METONYM")]),
        # adjectives: demonyms, possessives, hyphenated compounds
        ("Russian troops crossed Ukraine's borders near Russia-backed areas.",
         [("Russian", "RUS", "ADJECTIVE"), ("Ukraine", "UKR", "ADJECTIVE"), ("Russia", "RUS", "ADJECTIVE")]),
        ("The West's refusal angered western capitals.", [("West", "WEST", "ADJECTIVE"), ("western", "WEST", "ADJECTIVE")]),
        # "western" before a country is a region of it, not the West; after "in" the region is a place (issue 10)
        ("Talks in western Ukraine ended.", []),
        ("Western Ukraine voted.", [("Ukraine", "UKR", "NAME")]),
        # descriptions by role, country and recency
        ("French President Emmanuel Macron met Prime Minister Olaf Braun of Germany. The French leader spoke.",
         [("French President Emmanuel Macron", "emmanuel_macron", "TITLE_NAME"), ("Prime Minister Olaf Braun", "olaf_braun", "TITLE_NAME"),
          ("Germany", "DEU", "NAME"), ("The French leader", "emmanuel_macron", "DESCRIPTION")]),
        ("A State Department official spoke. The official said no.",
         [("A State Department official", "usa_state_dept_official", "DESCRIPTION"), ("The official", "usa_state_dept_official", "DESCRIPTION")]),
        ("Russia, together with its frequent partner China, vetoed it.",
         [("Russia", "RUS", "NAME"), ("its frequent partner China", "CHN", "TITLE_NAME")]),
        ("Ukraine’s leaders fear Ukrainian or Russia-backed forces will fight in the country’s east.",
         [("Ukraine", "UKR", "ADJECTIVE"), ("Ukrainian", "UKR", "ADJECTIVE"), ("Russia", "RUS", "ADJECTIVE"),
          ("the country", "UKR", "DESCRIPTION")]),
        ("Moscow denies it intends to attack its neighbour, the former Soviet republic.",
         [("Moscow", "RUS", "METONYM")]),
        ("Ukraine fears Moscow, which has troops along its border with the former Soviet republic.",
         [("Ukraine", "UKR", "NAME"), ("Moscow", "RUS", "METONYM"), ("the former Soviet republic", "UKR", "DESCRIPTION")]),
        ("The Peruvian leader spoke.", [("Peruvian", "PER", "ADJECTIVE")]),  # no Peruvian leader known: only the adjective
        # appositions
        ("Her Peruvian counterpart, Luis Carranza, was cautious.",
         [("Her Peruvian counterpart", "luis_carranza", "DESCRIPTION"), ("Luis Carranza", "luis_carranza", "NAME")]),
        ("Aid came from Gavi, the vaccine alliance, in May.", [("Gavi", "GAVI", "NAME"), ("the vaccine alliance", "GAVI", "DESCRIPTION")]),
        # pronouns: the speaker of the previous sentence, a compatible gender, cataphora
        ("Mr Hollis met Ms Ruiz. Ms Ruiz said she was ready. He said nothing.",
         [("Mr Hollis", "hollis", "TITLE_NAME"), ("Ms Ruiz", "ruiz", "TITLE_NAME"), ("Ms Ruiz", "ruiz", "TITLE_NAME"),
          ("she", "ruiz", "PRONOUN"), ("He", "hollis", "PRONOUN")]),
        ("At her desk, Martha May reads. May says she is tired.",
         [("her", "martha_may", "PRONOUN"), ("Martha May", "martha_may", "NAME"), ("May", "martha_may", "NAME"), ("she", "martha_may", "PRONOUN")]),
        # names that speak are discovered
        ("Talks resumed, Ruiz told reporters.", [("Ruiz", "ruiz", "NAME")]),
    ],
)
def test_rules(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is planned for May. Prices rose in May and June.",  # May, the month
        "They roasted a turkey. Turkey is cheap this winter, and turkeys sell well.",  # Turkey, the bird
        "Yesterday was cold. Still, nobody complained.",  # capitalised words at a sentence start
        "Imagine that. Agencies contributed to this report.",
        "They flew to Geneva and on to New York, then visited Eastern Europe.",  # places
        "He said it was over.",  # a pronoun with no one to point to
        "Nobody told us anything, one resident said.",
        "No European leader wants a war.",  # a negative quantifier refers to no one
        "",
    ],
)
def test_finds_nothing(text):
    assert found(text or "Nothing here.") == []


def test_the_article_table_adds_aliases():
    assert found("Victor Orban spoke.", ACTORS) == [("Victor Orban", "viktor_orban", "NAME")]
    assert found("Victor Orban spoke.") == [("Victor Orban", "victor_orban", "NAME")]


# ---------------------------------------------------------------- the contract
def test_frame_contract(article):
    m = find_mentions(article, ACTORS)
    assert m.columns.tolist()[:6] == ["start", "end", "text", "actor_id", "kind", "section"]
    assert all(article.text[r.start : r.end] == r.text for r in m.itertuples())
    assert set(m["kind"]) <= set(KINDS)
    assert m["start"].is_monotonic_increasing
    frame = actor_frame(article, m, ACTORS)
    assert set(m["actor_id"]) == set(frame["id"])
    assert frame["count"].sum() == len(m)
    assert set(frame["type"]) <= {"PERSON", "COUNTRY", "ORG", "GROUP"}


@pytest.mark.parametrize("actors", [None, ACTORS, str(ACTORS), "frame", "table"])
def test_actors_argument_forms(article, actors):
    if actors == "frame":
        actors = pd.read_csv(ACTORS, comment="#", keep_default_na=False)
    elif actors == "table":
        actors = load_actor_table(ACTORS)
    m = find_mentions(article, actors)
    assert len(m) == 117


@pytest.mark.parametrize(
    "content, message",
    [
        ("id,name\nx,X\n", "lacks the column"),
        ("id,name,type\n,X,PERSON\n", "has no id"),
        ("id,name,type\nx,X,ROBOT\n", "use one of PERSON"),
        ("id,name,type\nx,X,PERSON\nx,Y,PERSON\n", "appears twice"),
    ],
)
def test_bad_actor_tables(tmp_path, content, message):
    path = tmp_path / "actors.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HelpersError, match=message):
        load_actor_table(path)


def test_bad_arguments(tmp_path):
    with pytest.raises(HelpersError, match="no actors table"):
        load_actor_table(tmp_path / "missing.csv")
    with pytest.raises(HelpersError, match="actors must be"):
        load_actor_table(42)
    with pytest.raises(HelpersError, match="takes an Article"):
        find_mentions(b"bytes")


def test_keys_and_ids():
    assert keys_of("the U. N.  Security Council") == keys_of("the U.N. Security Council")
    assert keys_of("Ukraine’s") == ("Ukraine", "'s")
    assert snake_id("Lúcia Ferraz") == "lucia_ferraz"


# ---------------------------------------------------------------- counts and figures
def test_counts_roll_up_and_switch_kinds(article):
    m = find_mentions(article, ACTORS)
    people = count_actors(m)
    assert people.index[0] == "RUS" and people["vladimir_putin"] == 14
    countries = count_actors(m, by="country")
    assert countries["RUS"] == 23 + 14 + 5 + 4  # Russia, Putin, Lavrov, Nebenzya
    plain = count_actors(m, metonyms=False, adjectives=False)
    assert plain["RUS"] == 23 - 5 - 9  # 5 metonyms, 9 adjectives
    assert count_actors(m, section="headline").to_dict() == {"USA": 1, "vladimir_putin": 2}  # "push in Ukraine": a place
    with pytest.raises(HelpersError, match="by must be"):
        count_actors(m, by="party")


def test_cooccurrence_and_sections(article):
    m = find_mentions(article, ACTORS)
    matrix = cooccurrence(m, top=6)
    assert matrix.shape == (6, 6) and (matrix.values == matrix.values.T).all()
    assert matrix.loc["vladimir_putin", "RUS"] == 8 and matrix.loc["RUS", "RUS"] == 21
    table = counts_by_section(m)
    assert table.loc["vladimir_putin", "headline"] == 2 and table.sum().sum() == len(m)


def test_naive_counts_split_one_person(article):
    naive = naive_capitalised_counts(article)
    assert naive["Putin"] == 5 and naive["Mr"] == 9 and naive["Moscow"] == 5


def test_figures(article):
    m = find_mentions(article, ACTORS)
    ax = cooccurrence_heatmap(cooccurrence(m, top=5), title="Together")
    assert ax.get_title() == "Together" and ax.get_xlabel() == "actor"
    ax = mention_strip(m, len(article.text), title="Where", order=["vladimir_putin", "RUS"])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["vladimir_putin", "RUS"]


# ---------------------------------------------------------------- the command line
def test_analyze_adds_actors_and_mentions(article):
    result = analyze(article, actors=str(ACTORS))
    ids = {a["id"] for a in result["actors"]}
    assert {m["actor_id"] for m in result["mentions"]} <= ids
    assert {"id", "name", "type", "count"} == set(result["actors"][0])
    assert sum(a["count"] for a in result["actors"]) == len(result["mentions"]) == 117


def test_analyze_without_a_table_works_on_a_new_article():
    text = "Talks resume\n\nForeign Minister Ana Ruiz said on Tuesday that Peru was ready. Ruiz left.\n"
    result = analyze(text, published="2021-03-03")
    assert [(m["text"], m["actor_id"]) for m in result["mentions"]] == [
        ("Foreign Minister Ana Ruiz", "ana_ruiz"), ("Peru", "PER"), ("Ruiz", "ana_ruiz")]
    assert {a["id"]: a["type"] for a in result["actors"]} == {"ana_ruiz": "PERSON", "PER": "COUNTRY"}


# ---------------------------------------------------------------- accuracy against hand annotations
def resolved(predicted, gold):
    """(span F1, share of matched spans with the right actor, resolved F1) for two mention frames."""
    pairs = match_spans(list(zip(predicted.start, predicted.end)), list(zip(gold.start, gold.end)))
    right = sum(predicted.iloc[a].actor_id == gold.iloc[b].actor_id for a, b in pairs)
    spans = span_scores(list(zip(predicted.start, predicted.end)), list(zip(gold.start, gold.end)))
    p, r = right / max(1, len(predicted)), right / max(1, len(gold))
    return spans.f1, right / max(1, len(pairs)), 2 * p * r / (p + r) if p + r else 0.0


NAMES, DESCRIPTIONS = ["NAME", "TITLE_NAME"], ["DESCRIPTION", "METONYM"]


@pytest.mark.parametrize(
    "actors, kinds, floors",
    [
        (ACTORS, NAMES, (0.97, 0.95, 0.97)),  # measured 1.0, 1.0, 1.0
        (ACTORS, DESCRIPTIONS, (0.95, 0.85, 0.95)),  # measured 1.0, 1.0, 1.0
        (ACTORS, ["PRONOUN"], (0.95, 0.95, 0.95)),  # measured 1.0, 1.0, 1.0
        (ACTORS, ["ADJECTIVE"], (0.95, 0.95, 0.95)),  # measured 1.0, 1.0, 1.0
        (None, NAMES, (0.97, 0.95, 0.95)),  # measured 1.0, 0.969, 0.969 (the article spells Orban "Victor")
        (None, DESCRIPTIONS, (0.95, 0.75, 0.75)),  # measured 1.0, 0.783, 0.783 (usa_state_dept_official)
    ],
)
def test_accuracy_on_the_course_article(article, actors, kinds, floors):
    gold = read_annotation("article_mentions")
    m = find_mentions(article, actors)
    scores = resolved(m[m.kind.isin(kinds)], gold[gold.kind.isin(kinds)])
    assert all(s >= f for s, f in zip(scores, floors)), scores


@pytest.mark.skipif(not DEV, reason="the dev set (tests/fixtures/articles/dev*.txt) is not there yet")
def test_accuracy_on_unseen_news_without_tables():
    frames = []
    for path in DEV:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        art = load_article(path, published=gold["publication_date"])
        m = find_mentions(art).assign(doc=path.stem)
        g = pd.DataFrame(gold["mentions"]).assign(doc=path.stem)
        frames.append((m[m.kind.isin(NAMES)], g[g.kind.isin(NAMES)]))
    right = predicted = total = 0
    for m, g in frames:
        pairs = match_spans(list(zip(m.start, m.end)), list(zip(g.start, g.end)))
        right += sum(m.iloc[a].actor_id == g.iloc[b].actor_id for a, b in pairs)
        predicted, total = predicted + len(m), total + len(g)
    p, r = right / predicted, right / total
    assert 2 * p * r / (p + r) >= 0.85  # the bar for unseen news; measured 0.981 on dev01-dev08


# ---------------------------------------------------------------- organisations, datelines, descriptions of unseen news
@pytest.mark.parametrize(
    "text, expected",
    [
        # apostrophes and lower-case connectors inside organisation names
        ("The Federation of Dairy Farmers’ Union said it would appeal.", [("Federation of Dairy Farmers’ Union", "FDFU", "NAME")]),
        ("A report by the Centre for Coastal Studies (CCS) was published. The CCS said so.",
         [("Centre for Coastal Studies", "CCS", "NAME"), ("CCS", "CCS", "NAME"), ("CCS", "CCS", "NAME")]),
        ("A study by the Project for Urban Farming (PUF) came out.", [("Project for Urban Farming", "PUF", "NAME"), ("PUF", "PUF", "NAME")]),
        ("Rates rose for Anna Berg in March.", [("Anna Berg", "anna_berg", "NAME")]),  # no acronym: the connector ends the name
        # a company's short form, once its full name is known; tickers are not actors
        ("Talvik Mining (TLV.ST) cut jobs. Talvik said sales fell.", [("Talvik Mining", "TM", "NAME"), ("Talvik", "TM", "NAME")]),
        ("Shares in Brenner Holdings rose. Brenner Holdings said so.", [("Brenner Holdings", "BH", "NAME"), ("Brenner Holdings", "BH", "NAME")]),
        # a person's first name alone is that person once the full name is known (issue 10: real news does it)
        ("Oskar Lind spoke. Oskar left.", [("Oskar Lind", "oskar_lind", "NAME"), ("Oskar", "oskar_lind", "NAME")]),
        # descriptions of organisations refer back to the most recent compatible one
        ("Talvik Mining cut jobs. The company said demand fell.", [("Talvik Mining", "TM", "NAME"), ("The company", "TM", "DESCRIPTION")]),
        ("The Dockers Union met the Coastal Bank. The union said no.",
         [("Dockers Union", "DU", "NAME"), ("Coastal Bank", "CB", "NAME"), ("The union", "DU", "DESCRIPTION")]),
        ("Workers will strike, their union said. The Dockers Union confirmed it.",
         [("their union", "DU", "DESCRIPTION"), ("Dockers Union", "DU", "NAME")]),
        ("The Alliance of Fishing Towns (AFT) will vote on Monday, the group said.",
         [("Alliance of Fishing Towns", "AFT", "NAME"), ("AFT", "AFT", "NAME"), ("the group", "AFT", "DESCRIPTION")]),
        ("The employers’ group, Harbour Operators UK, said no.",
         [("The employers’ group", "HOUK", "DESCRIPTION"), ("Harbour Operators UK", "HOUK", "NAME")]),
        ("Peru's mining ministry objected. The ministry said so.",
         [("Peru's mining ministry", "PER", "DESCRIPTION"), ("The ministry", "PER", "DESCRIPTION")]),
        ("The ministry said so.", []),  # no ministry named before: nothing to refer back to
        ("The company said so.", []),  # no organisation known
        # person descriptions: a title word, an age
        ("Trade Commissioner Jan Holm spoke. The commissioner left.",
         [("Trade Commissioner Jan Holm", "jan_holm", "TITLE_NAME"), ("The commissioner", "jan_holm", "DESCRIPTION")]),
        ("Railway Commission Chair Mia Lund spoke. The commissioner left.",
         [("Railway Commission Chair Mia Lund", "mia_lund", "TITLE_NAME"), ("The commissioner", "mia_lund", "DESCRIPTION")]),
        ("Mia Lund spoke. The 61-year-old has led the board.", [("Mia Lund", "mia_lund", "NAME"), ("The 61-year-old", "mia_lund", "DESCRIPTION")]),
        ("The 61-year-old bridge was closed.", []),  # an age of a thing
        # indefinite appositives describe no new person; the organisation inside is a name
        ("“It is bad,” said Per Dahl, an economist at Nordby Securities.", [("Per Dahl", "per_dahl", "NAME"), ("Nordby Securities", "NS", "NAME")]),
        ("Ana Ruiz, a nurse, said so.", [("Ana Ruiz", "ana_ruiz", "NAME")]),
        # an occupation before a name
        ("On Monday, bus driver Tomas Berg said he was tired.",
         [("bus driver Tomas Berg", "tomas_berg", "TITLE_NAME"), ("he", "tomas_berg", "PRONOUN")]),
    ],
)
def test_unseen_news_rule(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place is blocked; a known agency credited in brackets is the news organisation reporting (a mention)
        ("LIMA, March 3 (Reuters) - Anna Berg spoke.", [("Reuters", "REUTERS", "NAME"), ("Anna Berg", "anna_berg", "NAME")]),
        ("LIMA (AP) — Anna Berg spoke.", [("AP", "AP", "NAME"), ("Anna Berg", "anna_berg", "NAME")]),
        ("NEW DELHI - Anna Berg spoke.", [("Anna Berg", "anna_berg", "NAME")]),
        ("Lima (AFP) - Anna Berg spoke.", [("AFP", "AFP", "NAME"), ("Anna Berg", "anna_berg", "NAME")]),
        ("Lima (Harbourwire) - Anna Berg spoke.", [("Anna Berg", "anna_berg", "NAME")]),
        ("Lima denies it.", [("Lima", "PER", "METONYM")]),  # not a dateline: a metonym
    ],
)
def test_wire_datelines_are_not_actors(text, expected):
    assert found(text) == expected


def test_headline_speaker_after_quote_is_a_role_description():
    art = article_from_text("‘We are tired’, says bus driver\n\nOn Monday, bus driver Tomas Berg said he was tired.", published="2024-02-01")
    m = find_mentions(art)
    assert list(zip(m.text, m.actor_id, m.kind))[:2] == [("bus driver", "tomas_berg", "DESCRIPTION"), ("bus driver Tomas Berg", "tomas_berg", "TITLE_NAME")]


# ---------------------------------------------------------------- round 2: forces, acronyms, titles in quotes, name order
@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's forces: a named forces organisation first, else the forces of the country in context
        ("Chad imposed a curfew. The army said it would hold.", [("Chad", "TCD", "NAME"), ("The army", "TCD_ARMY", "DESCRIPTION")]),
        ("Peru sent help. Locals said the soldiers had come late.", [("Peru", "PER", "NAME"), ("the soldiers", "PER_ARMY", "DESCRIPTION")]),
        ("Chilean police closed the road. The police said two men fled.",
         [("Chilean", "CHL", "ADJECTIVE"), ("The police", "CHL_POLICE", "DESCRIPTION")]),
        ("The Northern Defence Army patrolled. The army said so.",
         [("Northern Defence Army", "NDA", "NAME"), ("The army", "NDA", "DESCRIPTION")]),
        # mixed-case acronyms in brackets, and alone later
        ("The National Coastal Defence Agency (NaCoDA) warned of floods. NaCoDA said so.",
         [("National Coastal Defence Agency", "NACODA", "NAME"), ("NaCoDA", "NACODA", "NAME"), ("NaCoDA", "NACODA", "NAME")]),
        # organisation names with "of the" after a head word
        ("Friends of the Harbour Museum, a volunteer group, said it would help.",
         [("Friends of the Harbour Museum", "FHM", "NAME")]),
        # family name first: the first word refers back, even when it is also a weekday abbreviation
        ("Trade Minister Moon Jae-in spoke. Moon, 61, said no.",
         [("Trade Minister Moon Jae-in", "moon_jae_in", "TITLE_NAME"), ("Moon", "moon_jae_in", "NAME")]),
        ("“It is fair,” said Sun Lihua, an economist. Sun noted that prices rose.",
         [("Sun Lihua", "sun_lihua", "NAME"), ("Sun", "sun_lihua", "NAME")]),
        ("Ella Moss spoke. Ella left.", [("Ella Moss", "ella_moss", "NAME"), ("Ella", "ella_moss", "NAME")]),  # first name: issue 10
        # a bare organisational role after a person's name is a predicate; the organisation stays a name
        ("Dr. Ana Ruiz, IMF mission chief, said so.", [("Dr. Ana Ruiz", "ana_ruiz", "TITLE_NAME"), ("IMF", "IMF", "NAME")]),
        # long names of UN agencies
        ("The UN Children's Fund (UNICEF) and the UN Population Fund agreed.",
         [("UN Children's Fund", "UNICEF", "NAME"), ("UNICEF", "UNICEF", "NAME"), ("UN Population Fund", "UNFPA", "NAME")]),
    ],
)
def test_round_two_rule(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The military operation ended. The police station was shut.",  # forces nouns as modifiers
        "The army said it would hold.",  # no country named: no one to attach the forces to
        "She thanked my soldiers for it.",  # a possessive: no pronoun referent, no forces
        "They watched the documentary “Blue Harvest” together.",  # a title in quote marks
        "Students read “Animal Farm Tales” in class.",  # a capitalised run filling a quotation
        "Trading opened at 09:30 KST and closed at 1600 HKT.",  # time zones after clock times
        "It cost US$4 million, or about NZ$6 million.",  # a currency sign
        "The fair opens on Sun 12 May.",  # a weekday abbreviation with no person of that name
    ],
)
def test_round_two_finds_nothing(text):
    assert found(text) == []


# ---------------------------------------------------------------- round three: descriptions and short forms on new news
@pytest.mark.parametrize(
    "text, expected",
    [
        # national-government names, only when the country is named
        ("Officials in India waited. The Centre approved the scheme on Friday.",
         [("Centre", "IND", "METONYM")]),  # "in India" is a place; the article still names the country
        ("Australian growers protested. The Commonwealth will pay for the land.",
         [("Australian", "AUS", "ADJECTIVE"), ("Commonwealth", "AUS", "METONYM")]),
        ("India spoke. Staff left the Trade Centre.", [("India", "IND", "NAME"), ("Trade Centre", "TC", "NAME")]),  # a building
        # a dateline of a two-word capital with a colon is a place, not the state
        ("New Delhi: Tea prices rose. Indian traders said so.", [("Indian", "IND", "ADJECTIVE")]),
        # camel-case brands are organisations, and company nouns refer back to them
        ("FarmLink raised $5 million. The company said FarmLink would hire.",
         [("FarmLink", "FARMLINK", "NAME"), ("The company", "FARMLINK", "DESCRIPTION"), ("FarmLink", "FARMLINK", "NAME")]),
        ("TradeBeam opened an office. The Accra-based logistics startup said so.",
         [("TradeBeam", "TRADEBEAM", "NAME"), ("The Accra-based logistics startup", "TRADEBEAM", "DESCRIPTION")]),
        # "<head> of <Country>" ends an organisation's name
        ("The Central Bank of Chile raised rates.", [("Central Bank of Chile", "CBC", "NAME")]),
        # new company heads
        ("Orla Kinsey founded Marlow Insights in 2019.", [("Orla Kinsey", "orla_kinsey", "NAME"), ("Marlow Insights", "MI", "NAME")]),
        # a university's first word alone, and "the university"
        ("Researchers at Westfield University ran the trial. Westfield said so. The university will publish it.",
         [("Westfield University", "WU", "NAME"), ("Westfield", "WU", "NAME"), ("The university", "WU", "DESCRIPTION")]),
        # corporations and trusts by their head noun
        ("The Harbour Water Corporation cut supply. The corporation said it was sorry.",
         [("Harbour Water Corporation", "HWC", "NAME"), ("The corporation", "HWC", "DESCRIPTION")]),
        ("The Greenvale Land Trust bought the farm. The trust said it would plant oaks.",
         [("Greenvale Land Trust", "GLT", "NAME"), ("The trust", "GLT", "DESCRIPTION")]),
        # sports clubs: the last word alone, "the club", and a club before a player's role
        ("Eastmoor Wanderers won again. Wanderers defender Ciaran Dunne scored, lifting the club to third.",
         [("Eastmoor Wanderers", "EW", "NAME"), ("Wanderers defender Ciaran Dunne", "ciaran_dunne", "TITLE_NAME"),
          ("the club", "EW", "DESCRIPTION")]),
        # Gaelic particles belong to the surname
        ("Dr Niamh Ní Bhriain led the study. Ní Bhriain said so.",
         [("Dr Niamh Ní Bhriain", "niamh_ni_bhriain", "TITLE_NAME"), ("Ní Bhriain", "niamh_ni_bhriain", "NAME")]),
    ],
)
def test_round_three_rule(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Centre approved the scheme on Friday.",  # no country named: the name means nothing here
        "The Commonwealth of Nations met in May.",  # "Commonwealth of …" is another body
        "She works at a Nairobi cafe.",  # a capital after "a" is a modifier
        "Traffic on Delhi's roads was slow.",  # a city, not the state
        "McDonald and MacArthur are surnames, not brands.",  # Gaelic camel case is no company
        "The club met on Tuesday.",  # no club named: nothing to refer back to
    ],
)
def test_round_three_finds_nothing(text):
    assert found(text) == []


# ---------------------------------------------------------------- round four: Gulf diplomacy, national titles, places
@pytest.mark.parametrize(
    "text, expected",
    [
        # an office title with a portfolio stays in the title, not in the name
        ("Minister of State for Foreign Affairs Khalid Al Mansouri met the envoy. Mr Al Mansouri said so.",
         [("Minister of State for Foreign Affairs Khalid Al Mansouri", "khalid_al_mansouri", "TITLE_NAME"),
          ("Mr Al Mansouri", "khalid_al_mansouri", "TITLE_NAME")]),
        ("Minister for Housing Liam Walsh spoke on Friday.",
         [("Minister for Housing Liam Walsh", "liam_walsh", "TITLE_NAME")]),
        ("Secretary of State for Trade and Industry Ruth Olsen met farmers.",
         [("Secretary of State for Trade and Industry Ruth Olsen", "ruth_olsen", "TITLE_NAME")]),
        # Arabic particles belong to the surname used alone
        ("Omar bin Saeed Al Harthy visited Oman. Al Harthy said so.",
         [("Omar bin Saeed Al Harthy", "omar_bin_saeed_al_harthy", "NAME"),  # "visited Oman": a place
          ("Al Harthy", "omar_bin_saeed_al_harthy", "NAME")]),
        # national titles: the Irish head of government
        ("Taoiseach Aoife Brennan spoke. The Taoiseach said the plan was ready.",
         [("Taoiseach Aoife Brennan", "aoife_brennan", "TITLE_NAME"), ("The Taoiseach", "aoife_brennan", "DESCRIPTION")]),
        # a two-word dateline in capitals with a colon is a place
        ("ABU DHABI: The UAE signed a deal.", [("UAE", "ARE", "NAME")]),
        # "the Emirates" is the country, but a Forum is an organisation
        ("The Emirates signed a deal with Peru.", [("Emirates", "ARE", "NAME"), ("Peru", "PER", "NAME")]),
        ("Staff of the Emirates Trade Forum met in May.", [("Emirates Trade Forum", "ETF", "NAME")]),
    ],
)
def test_round_four_rule(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ships docked at Jebel Ali on Monday.",  # a port, not a person
        "Workers at Cerro Verde walked out.",  # a mine, not a person
        "She was taken to Kisumu Referral Hospital.",  # a hospital is a place
        "The minister for housing spoke.",  # no one named: nothing to resolve
        "BREAKING: Rates rose.",  # one capitalised word and a colon: no dateline, no actor
        "Ministers of State met.",  # a plural title names no one
    ],
)
def test_round_four_finds_nothing(text):
    assert found(text) == []
