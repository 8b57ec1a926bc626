"""When a name the tables know is a place, not an actor: a country after a word of place or motion ("in Mexico",
"heading for Mexico", "from Algeria, Belgium and Chad"), a building where something happens ("a speech at the
National Press Club"), a platform used as a medium ("on Twitter"); and when a US state acts ("Ohio will appeal").
A run that names a place's people ("New Yorkers") is no one (:func:`residents_of_place`).

Each function takes the reader (:class:`helpers.actors.reader.ActorReader`) as its first argument and the units of
the name; :class:`helpers.actors.candidates.Candidates` asks them before it makes a name a mention.

Example:
    >>> from helpers.actors.reader import reader_for
    >>> r = reader_for("Troops crossed into Mexico. Mexico said no.")
    >>> [country_as_place(r, k, k + 1) for k, key in enumerate(r.keys) if key == "Mexico"]
    [True, False]
"""

from __future__ import annotations

from .shapes import QUOTE_MARKS
from .tables import Actor, snake_id

#: words after a country that make it one of two owners of a noun ("a former U.S. and NATO commander")
CONJUNCTIONS = frozenset({"and", "or", "&"})

__all__ = [
    "before_country_list",
    "country_as_idea",
    "country_as_place",
    "embassy_speaks",
    "from_place_to",
    "moved_to",
    "place_actor",
    "platform_as_medium",
    "residents_of_place",
    "state_acts",
    "state_not_country",
    "venue_as_place",
    "word_before_place",
]


def word_before_place(reader, i: int) -> int:
    """The unit before the place name at unit ``i``, "the", a region's adjective in lower case ("far" before it too),
    a ``place_modifier`` ("neighbouring") and a hyphenated modifier in lower case passed over ("into the United States" → "into", "in eastern Ukraine" →
    "in", "in war-torn Syria" → "in"); below the sentence's first unit when there is none.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Troops crossed into the United States.")
        >>> r.keys[word_before_place(r, r.keys.index("United"))]
        'into'
    """
    p = i - 1
    if p >= reader.lo[i] and reader.keys[p].islower() and (reader.keys[p].capitalize() in reader.cues["region_adjective"]
                                                          or reader.keys[p] in reader.cues["place_modifier"]):
        p -= 1  # "in eastern Ukraine", "in neighbouring Jordan"
        if p >= reader.lo[i] and reader.lower[p] == "far":
            p -= 1  # "in far eastern Russia"
    elif p >= reader.lo[i] and reader.keys[p].islower() and "-" in reader.keys[p].strip("-") and _ends_noun_phrase(reader, i):
        p -= 1  # "in war-torn Kestrelia", "raids in insurgency-hit Afghanistan"; not "in the anti-war Kestrelia policies"
    if p >= reader.lo[i] and reader.lower[p] == "the":
        p -= 1
    return p


def _ends_noun_phrase(reader, i: int) -> bool:
    """Does the name the tables know at unit ``i`` end its noun phrase (no noun or name after it: "in war-torn Kestrelia,")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Aid reached war-torn Syria, and the anti-war Cuba policies held.")
        >>> _ends_noun_phrase(r, r.keys.index("Syria")), _ends_noun_phrase(r, r.keys.index("Cuba"))
        (True, False)
    """
    k, hi = i + max(1, reader.match(i).length), reader.hi[i]
    return k >= hi or not reader.keys[k].isalpha() or reader.lower[k] in reader.lex.stopwords and not reader.keys[k][:1].isupper()


def country_as_place(reader, i: int, j: int) -> bool:
    """Is the country named by units ``i:j`` a place: right after a word of place or motion (``locative``:
    "in", "into", "from", "across", "visited"), "the" allowed between, or after a place named so and a comma
    when a comma or the sentence's end follows ("in Kestrel Bay, Libya, in 2012")? Not after the words of
    ``country_stays_after`` ("to", "of"): "weapons to Ukraine" and "the president of Mexico" name the state, unless
    a noun of land comes before "of" (``place_before_of``: "a tour of England"); nor after "from" that follows a noun
    of what a state sends (``source_before_from``: "pressure from Syria", "requests from Kosovo").
    A country after a compass word in lower case is a place whatever comes before or after it ("troops in south
    Lebanon", "a south Lebanon occupation zone"); after a region's adjective or a ``place_adjective`` it is a place
    whatever comes before, when no noun follows it ("bombed northern Iraq", "peace in former Yugoslavia").
    A country before "war" (``war_after_place``) is where the war was fought: "the Iraq war", before a capitalised word
    of place (``place_head``) it names a place ("the Niger Delta", "the Panama Canal"), and before "trip" or "visit"
    (``trip_after_place``) where someone went: "his third China trip"; before another
    noun of ``owned_after_country`` it owns that noun and stays the state, after a word of place too ("in U.S. history").

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Troops crossed into the United States. Aid went to Mexico. They died in Kestrel Bay, Libya. "
        ...                "After talks in Geneva, Russia said no. The Iraq war cost billions.")
        >>> [country_as_place(r, k, k + 1) for k in (r.keys.index("United"), r.keys.index("Mexico"), r.keys.index("Libya"),
        ...                                          r.keys.index("Russia"), r.keys.index("Iraq"))]
        [True, False, True, False, True]
    """
    lo, keys = reader.lo[i], reader.keys
    if i - 1 >= lo and keys[i - 1] in reader.cues["compass_word"]:
        return True  # "troops in south Lebanon", "this south China port": a region, whatever follows
    if i - 1 >= lo and keys[i - 1][1:].islower() and (j >= reader.hi[i] or not keys[j].isalpha() or reader.lower[j] in reader.lex.stopwords):
        before = keys[i - 1]
        if before.capitalize() in reader.cues["region_adjective"]:
            return True  # "bombed northern Iraq", "like Southeastern Bulgaria": a region (not "the southern U.S. border")
        if before.lower() in reader.cues["place_adjective"] and not (j < reader.hi[i] and reader.lower[j] in CONJUNCTIONS):
            return True  # "peace in former Yugoslavia", not "a former U.S. and NATO commander"
    if j < reader.hi[i] and (reader.lower[j] in reader.cues["war_after_place"] or reader.keys[j] in reader.cues["event_after_country"]
                             or reader.keys[j] in reader.cues["place_head"]
                             or reader.lower[j] in reader.cues["trip_after_place"] and not (j + 1 < reader.hi[i] and reader.lower[j + 1] == "to")):
        return True  # "the Iraq war": a war's place; "the U.S. Open": an event; "the Niger Delta": a place; "his China trip": where he went
    if j < reader.hi[i] and (reader.lower[j] in reader.cues["owned_after_country"] or reader.lower[j] in reader.cues["embassy_noun"]):
        return False  # "in U.S. history", "in the U.S. campaign", "outside the U.S. embassy": the country owns the noun after it
    p = word_before_place(reader, i)
    after_place = p - 1 >= lo and keys[p] == "," and keys[p - 1][:1].isupper()
    if after_place and (j >= reader.hi[i] or keys[j] in (",", ".")):
        q = p - 1  # "in Kestrel Bay, Libya, in 2012": the country of a place named before it
        while q - 1 >= lo and keys[q - 1][:1].isupper():
            q -= 1
        p = word_before_place(reader, q)
    p = before_country_list(reader, p)  # "citizens from Algeria, Belgium and Chad": the list's first country decides
    if reader.after_noun_of_place(p + 1):
        return True  # "a tour of England", "parts of Iraq": the country's land
    if moved_to(reader, p) or p - 1 >= lo and reader.lower[p] == "to" and from_place_to(reader, p) or across_border(reader, p):
        return True  # "coming to Mexico", "heading for Mexico", "from Mexico to the United States", "the border with Mexico"
    if p - 1 >= lo and reader.lower[p] == "from" and reader.lower[p - 1] in reader.cues["source_before_from"]:
        return False  # "pressure from Syria", "complaints from Lebanon": the state that presses or complains
    return p >= lo and reader.lower[p] in reader.cues["locative"] and reader.lower[p] not in reader.cues["country_stays_after"]


def embassy_speaks(reader, i: int, j: int) -> bool:
    """Is the country at units ``i:j`` the owner of an embassy (cue ``embassy_noun``) that speaks or acts: the embassy
    opens a clause (after the sentence's start, a comma, a conjunction or a speech verb, and an article: "…, said a U.S.
    embassy official"), and right after it, or after
    "in" and its place, comes a speech verb, a role noun or a word of cue ``embassy_acts`` ("the US embassy said", "the
    US embassy in Manila filed a note", "a U.S. embassy spokesman", "a U.S. embassy statement")? Then annotators mark the
    embassy, described, and not the country; an embassy that is a place ("a bomb outside the U.S. embassy, police said",
    "police guarding the U.S. embassy said") keeps its country (:func:`country_as_place`).

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The US embassy in Manila said no. A bomb hit the US embassy, police said. The US agreed.")
        >>> [embassy_speaks(r, k, k + 1) for k, key in enumerate(r.keys) if key == "US"]
        [True, False, False]
    """
    lo, hi, lower = reader.lo[i], reader.hi[i], reader.lower
    if not (j < hi and lower[j] in reader.cues["embassy_noun"]):
        return False
    p = i - 1 if i - 1 >= lo and lower[i - 1] in reader.determiners["article"] else i
    if p > lo and lower[p - 1] not in (",", ";", ":", "and", "but", "while", "“", '"') and lower[p - 1] not in reader.lex.reporting:
        return False  # "outside the U.S. embassy", "guarding the U.S. embassy": the embassy is a place, or acted on
    k = j + 1
    if k < hi and lower[k] == "in":  # "the US embassy in Manila said"
        k += 1
        while k < hi and reader.keys[k][:1].isupper():
            k += 1
    acts = reader.lex.reporting | reader.cues["embassy_acts"]
    return k < hi and (lower[k] in acts or (lower[k],) in reader.lex.role_nouns)


def across_border(reader, p: int) -> bool:
    """Is the country after unit ``p`` one side of a border: after "with" or "between" (and the names between) that
    follows a ``border_word`` ("Chile's border with Peru", "the border between Gaza and Egypt", "the border area between
    Kestrelia and Dorvania")? Then it is a place.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("The border area between Gaza and Egypt opened. Talks with Egypt ended.")
        >>> across_border(r, r.keys.index("and")), across_border(r, r.keys.index("with"))
        (True, False)
    """
    lo, keys, k = reader.lo[p + 1], reader.keys, p
    while k >= lo and k > p - 8 and (keys[k][:1].isupper() or keys[k] in (",", "and", "the")):
        k -= 1
    if k < lo or reader.lower[k] not in ("with", "between"):
        return False
    return any(reader.lower[m] in reader.cues["border_word"] for m in range(max(lo, k - 3), k))

def before_country_list(reader, p: int) -> int:
    """The unit before a list of countries whose later item follows unit ``p`` (a comma, "and" or "or":
    "from Algeria, Belgium and Chad" → "from"); ``p`` itself when no list of countries ends there.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They came from Algeria, Belgium and Chad.")
        >>> r.keys[before_country_list(r, r.keys.index("and"))]
        'from'
    """
    lo, keys, k = reader.lo[p + 1], reader.keys, p  # the sentence of the country after ``p``
    while k - 1 >= lo and (keys[k] == "," or keys[k] in CONJUNCTIONS):
        end = k - (keys[k] == "and" and keys[k - 1] == ",")  # "Belgium, and Chad"
        n, entries = 0, ()
        for start in range(max(lo, end - 3), end):  # the country's name ends right before the separator
            n, entries = reader.match(start)
            if start + n == end and n:
                break
        if not (n and any(e.form == "NAME" and reader._type(e) == "COUNTRY" for e in entries)):
            return p
        k = word_before_place(reader, end - n)
    return k


def platform_as_medium(reader, i: int, j: int) -> bool:
    """Is the platform named by units ``i:j`` a medium here: after a word of ``medium_word`` ("on Twitter"),
    after "took to" ("took to Twitter"), or a byline's label before a handle ("Twitter: @lee")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Lee took to Twitter. Twitter: @lee. Twitter said no.")
        >>> [platform_as_medium(r, k, k + 1) for k, key in enumerate(r.keys) if key == "Twitter"]
        [True, True, False]
    """
    lo, lower, hi = reader.lo[i], reader.lower, reader.hi[i]
    if i > lo and lower[i - 1] in reader.cues["medium_word"]:
        return True
    if i - 1 > lo and lower[i - 1] == "to" and lower[i - 2] in reader.cues["took_to"]:
        return True
    return j + 1 < hi and reader.keys[j] == ":" and reader.keys[j + 1].startswith("@")


def venue_as_place(reader, i: int, j: int) -> bool:
    """Is the organisation named by units ``i:j`` a building where something happens: its last word a venue's
    (``venue_head``: "Center", "Club", "Church", "Hall" …), right after "at", "in", "into" or "inside"
    (``venue_locative``, "the" allowed between), and no role noun or ``affiliated_plural`` before that word
    ("a professor at the Kestrel Center", "pupils at Ridgeway School" name the organisation they belong to)?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ruiz spoke at the Kestrel Press Club. Lee, a director at the Kestrel Policy Center, agreed.")
        >>> r.discover()
        >>> [venue_as_place(r, k, k + 3) for k, key in enumerate(r.keys) if key == "Kestrel"]
        [True, False]
    """
    if reader.keys[j - 1] not in reader.cues["venue_head"]:
        return False
    p = word_before_place(reader, i)
    if p < reader.lo[i] or reader.lower[p] not in reader.cues["venue_locative"]:
        return False
    before = reader.lower[p - 1] if p - 1 >= reader.lo[i] else ""
    return not ((before,) in reader.lex.role_nouns or before in reader.cues["affiliated_plural"])  # "pupils at the school"


#: The cue that lists the words of movement before each preposition of a destination.
MOTION_BEFORE = {"to": "motion_before_to", "for": "motion_before_for"}


def moved_to(reader, p: int) -> bool:
    """Does "to" or "for" at unit ``p`` follow a word of movement, what is moved or an adverb in -ly allowed between
    ("coming to", "heading for", "moving it to", "returning voluntarily to": ``motion_before_to``,
    ``motion_before_for``, ``moved_object``)?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("They are moving it to Mexico. The tour is heading for Mexico. Aid went to Mexico.")
        >>> [moved_to(r, k) for k, key in enumerate(r.keys) if key in ("to", "for")]
        [True, True, False]
    """
    cue = MOTION_BEFORE.get(reader.lower[p]) if p >= reader.lo[p] else None
    if cue is None:
        return False
    mover = p - 1 - (p - 2 >= reader.lo[p] and reader.lower[p - 1] in reader.cues["moved_object"])  # "moving it to"
    if mover - 1 >= reader.lo[p] and reader.lower[mover].endswith("ly") and reader.keys[mover].islower() \
            and reader.lower[mover] not in reader.cues[cue]:
        mover -= 1  # "returning voluntarily to"
    return mover >= reader.lo[p] and reader.lower[mover] in reader.cues[cue]


def from_place_to(reader, p: int) -> bool:
    """Does "to" at unit ``p`` end a route, "from" and a capitalised place right before it ("immigration from
    Mexico to the United States")?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Migration from Mexico to the United States fell. Aid from Norway went to Ukraine.")
        >>> [from_place_to(r, k) for k, key in enumerate(r.keys) if key == "to"]
        [True, False]
    """
    q = p - 1
    while q > reader.lo[p] and reader.keys[q][:1].isupper() and p - q <= 3:
        q -= 1
    return q < p - 1 and reader.lower[q] == "from"


def state_acts(reader, i: int, j: int) -> bool:
    """Does the state named by units ``i:j`` act as a political body here: the subject of an auxiliary
    ("Ohio will appeal"; not after a word of place: "a win in Ohio could …"), the party after "sue" or "against",
    or "the state of Ohio"? Else it is a place.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Lawyers sued Ohio. Ohio will appeal. We drove across Ohio. A win in Ohio could help.")
        >>> [state_acts(r, k, k + 1) for k, key in enumerate(r.keys) if key == "Ohio"]
        [True, True, False, False]
    """
    cues, lo, hi = reader.cues, reader.lo[i], reader.hi[i]
    if reader.text_of(i, j) not in reader.lex.us_states | reader.lex.country_states:
        return False
    before = reader.lower[i - 1] if i > lo else ""
    the_state_of = i - 3 >= lo and " ".join(reader.lower[i - 3 : i]) in cues["state_of"]
    subject = before not in cues["locative"] and j < hi and reader.lower[j] in cues["state_acts_before"]  # not "a win in Ohio could"
    return before in cues["state_acted_on_after"] or the_state_of or subject


def state_not_country(reader, i: int, j: int) -> bool:
    """Is the country's name at units ``i:j`` a US state's too ("Georgia"), in an article that names another US
    state? Then it is the state, a place unless it acts, as annotators of US news read it.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ruiz won Alabama, Georgia and Ohio.")
        >>> k = r.keys.index("Georgia")
        >>> state_not_country(r, k, k + 1), state_not_country(reader_for("Russia invaded Georgia."), 3, 4)
        (True, False)
    """
    name = reader.text_of(i, j)
    if name not in reader.lex.country_states:
        return False
    return bool(reader.states_named() - {name})


#: the longest title in quote marks read as one ("Crippled America: How to Make America Great Again")
MAX_TITLE_WORDS = 8


def country_as_idea(reader, i: int, j: int) -> bool:
    """Is the country named by units ``i:j`` part of a title or slogan in quote marks ("a 'Make America Great
    Again' hat", "ABC's “Good Morning America”"), someone's picture of it after a person's possessive ("in
    Obama's America"), or the name of a currency after a number or ``amount_word`` and before ``currency_word`` or a
    closing bracket ("2.4 billion US dollars", "(1.4 billion US)"), or in brackets before one ("3.6 billion (U.S.)
    dollars"), or one country of a doctrine ("the one China policy": "one" before it, ``idea_after_one``
    or a quote mark after it), not the state?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("Ana Ruiz spoke. He wore a 'Make America Great Again' hat. In Ana Ruiz's America, all is well. America said no.")
        >>> r.discover()
        >>> [country_as_idea(r, k, k + 1) for k, key in enumerate(r.keys) if key == "America"]
        [True, True, False]
        >>> r = reader_for("It cost 2.4 billion US dollars, and the US paid. The bill gives Ukraine dollars.")
        >>> [country_as_idea(r, k, k + 1) for k, key in enumerate(r.keys) if key in ("US", "Ukraine")]
        [True, False, False]
    """
    lo, hi, money = reader.lo[i], reader.hi[i], reader.cues["currency_word"]
    after = reader.lower[j] if j < hi else ""
    amount = i - 1 >= lo and (reader.keys[i - 1][:1].isdigit() or reader.lower[i - 1] in reader.cues["amount_word"])
    if amount and (after in money or after == ")") or i - 1 >= lo and reader.keys[i - 1] == "(" and after == ")" and j + 1 < hi and reader.lower[j + 1] in money:
        return True  # "2.4 billion US dollars", "(1.4 billion US)", "3.6 billion (U.S.) dollars": money, not the state ("gives Kestrelia dollars" keeps it)
    if i - 2 >= lo and reader.keys[i - 1] == "'s" and any(reader._type(e) == "PERSON" for e in reader.match(i - 2).entries):
        return True  # "Obama's America"
    if i - 1 >= lo and reader.keys[i - 1] == "one" and j < reader.hi[i] and (reader.lower[j] in reader.cues["idea_after_one"]
                                                                              or reader.keys[j] in QUOTE_MARKS):
        return True  # "the one China policy", "its 'one China' principle": an idea of the country, not the state
    return _in_quoted_title(reader, i, j, lo, reader.hi[i])


def _in_quoted_title(reader, i: int, j: int, lo: int, hi: int) -> bool:
    """Do units ``i:j`` stand inside quote marks that hold only a short title: a capitalised first word, then
    capitalised words, small words of a title ("of", "to", "the" …) and punctuation ("Zimbabwe in the ‘90s" is none)?"""
    keys, small = reader.keys, reader.lex.stopwords
    a = i - 1
    while a >= lo and i - a <= MAX_TITLE_WORDS and keys[a] not in QUOTE_MARKS:
        a -= 1
    b = j
    while b < hi and b - j <= MAX_TITLE_WORDS and keys[b] not in QUOTE_MARKS:
        b += 1
    if a < lo or b >= hi or keys[a] not in QUOTE_MARKS or keys[b] not in QUOTE_MARKS:
        return False
    words = [k for k in keys[a + 1 : b] if k[:1].isalnum()]
    return bool(words) and words[0][:1].isupper() and all(k[:1].isupper() or k[:1].isdigit() or k in small for k in words)


def residents_of_place(reader, keys: list[str]) -> bool:
    """Is the capitalised run ``keys`` a word for the people of a place the tables know ("New Yorkers", "Wall
    Streeters", "New Hampshirites": cue ``resident_ending``): a group, never a person called New Yorkers?

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("New Yorkers voted.")
        >>> [residents_of_place(r, k) for k in (["New", "Yorkers"], ["New", "Hampshirites"], ["Ana", "Rogers"])]
        [True, True, False]
    """
    last = keys[-1]
    for ending in reader.cues["resident_ending"]:
        if not last.endswith(ending) or len(last) <= len(ending) + 2:
            continue
        for stem in (last[: -len(ending)], last[: -len(ending)] + "e"):  # "Hampshirites": New Hampshire
            place = (*keys[:-1], stem)
            if any(e.form == "PLACE" or reader._type(e) in ("COUNTRY", "STATE") for e in reader.entries_for(place)):
                return True
    return False


def place_actor(reader, i: int, j: int) -> str:
    """The actor of the place named by units ``i:j`` (a US state, a territory) when it acts or owns something:
    an organisation discovered in the article, made the first time.

    Example:
        >>> from helpers.actors.reader import reader_for
        >>> r = reader_for("North Carolina will appeal.")
        >>> place_actor(r, 1, 3), r.actors["NORTH_CAROLINA"].type
        ('NORTH_CAROLINA', 'ORG')
    """
    oid = snake_id(" ".join(reader.keys[i:j])).upper()
    if not reader.known(oid):
        reader.actors[oid] = Actor(oid, reader.text_of(i, j), "ORG", origin="discovered", source="discovered in the article")
    return oid
