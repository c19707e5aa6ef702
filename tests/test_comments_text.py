"""Reader-comment threads in pasted text: found by their labels or their shape, split into
author, date and text, and never opened by a counter or a label above the article."""

from __future__ import annotations

from tests.conftest import assert_partition, kinds_by_line, run

ARTICLE = ("Die Stadt baut die Straßenbahn bis zum Flughafen aus\n"
           "Der Stadtrat hat am Dienstag den Ausbau der Straßenbahnlinie bis zum Flughafen "
           "beschlossen, wie der Bürgermeister in einer Mitteilung erklärte.\n"
           "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern, "
           "sagte eine Sprecherin der Verkehrsbetriebe.\n")


def comments(text: str) -> list[tuple]:
    result = run(text, "page.txt")
    assert_partition(result)
    return [(c.author, c.date, c.text) for c in result.seg.comments]


def test_wordpress_german_thread_with_says_lines():
    text = ARTICLE + ("2 Gedanken zu „Die Stadt baut die Straßenbahn bis zum Flughafen aus“\n"
                      "Michael Blahm sagt:\n2. April 2014 um 8:29 Uhr\n"
                      "Warum nicht gleich bis zum Hauptbahnhof?\nAntworten\n"
                      "Jasmin sagt:\n10. Februar 2019 um 18:05 Uhr\n"
                      "Endlich, darauf warten wir seit Jahren.\nAntworten\n")
    assert comments(text) == [
        ("Michael Blahm", "2. April 2014 um 8:29 Uhr", "Warum nicht gleich bis zum Hauptbahnhof?"),
        ("Jasmin", "10. Februar 2019 um 18:05 Uhr", "Endlich, darauf warten wir seit Jahren.")]
    lines = kinds_by_line(run(text, "page.txt"))
    assert ("boilerplate", "Antworten") in lines
    assert not [t for k, t in lines if k == "body" and "Hauptbahnhof?" in t]


def test_thread_without_a_known_label_is_found_by_its_shape():
    """Name, date and reply link on one line, again and again: a thread whatever its header."""
    text = ARTICLE + ("Diskutieren Sie mit\n"
                      "Ben 19. Juni 2018 um 15:28 Uhr - Antworten\n"
                      "Bei der Privatheit denkt das Gericht vermutlich anders als wir alle.\n"
                      "Antworten\n"
                      "MoritzMeyer 19. Juni 2018 um 20:41 Uhr - Antworten\n"
                      "Danke für dein Feedback, das sehe ich genauso.\n")
    assert comments(text) == [
        ("Ben", "19. Juni 2018 um 15:28 Uhr",
         "Bei der Privatheit denkt das Gericht vermutlich anders als wir alle."),
        ("MoritzMeyer", "19. Juni 2018 um 20:41 Uhr", "Danke für dein Feedback, das sehe ich genauso.")]


def test_undated_thread_of_names_and_texts():
    text = ("Ten common Python mistakes\n"
            "Python's simple syntax can mislead developers, especially those who are newer to the "
            "language, and this article lists the subtle ones.\n"
            "Comments\n"
            "sumathi s\nIt is great to come across a blog like this every once in a while.\n"
            "Leop0ld\nThat's good. May I possibly translate this article into Korean?\n"
            "Yes, please do.\n"
            "naayak\nVery good information shared by you guys, thanks for this.\n")
    assert comments(text) == [
        ("sumathi s", None, "It is great to come across a blog like this every once in a while."),
        ("Leop0ld", None, "That's good. May I possibly translate this article into Korean?\nYes, please do."),
        ("naayak", None, "Very good information shared by you guys, thanks for this.")]


def test_counter_or_opinion_label_above_the_article_opens_no_thread():
    for label in ("4 Kommentare", "Kommentar"):
        text = (f"Verkehr\n{label}\n" + ARTICLE +
                "Mehr erfahren\nVerkehr\nStadtrat\nNeue Radwege\n"
                "Auch die Radwege in der Innenstadt sollen bis zum Herbst breiter werden.\n")
        result = run(text, "page.txt")
        assert not result.seg.comments, label
        assert ("body", ARTICLE.splitlines()[1]) in kinds_by_line(result)


def test_no_comments_counter_and_dated_teasers_are_not_a_thread():
    text = ARTICLE + ("0 Kommentare\n"
                      "Weitere Artikel\n"
                      "17.11.2021 in Afrika, Flucht und Migration\n"
                      "Experten raten zur Zusammenarbeit mit Nothilfe-Organisationen in der Region\n"
                      "18.11.2021 in Deutschland, Europa, Politik\n"
                      "Fachleute fordern eine kontrollierte Rückführung der Betroffenen aus den Lagern\n")
    assert comments(text) == []


def test_english_thread_with_thoughts_on_header_and_stamp_dates():
    text = ("JSON parsing: simdjson vs. JSON for Modern C++\n"
            "JSON is the de facto standard for exchanging data on the web, and parsing it fast "
            "matters more than most people think.\n"
            "5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”\n"
            "degski says:\nAugust 3, 2019 at 4:11 am\nThanks for posting this.\nReply\n"
            "Iwona May 30, 2019 at 1:06 PM\nInteresting place :)\nReply\n")
    assert comments(text) == [("degski", "August 3, 2019 at 4:11 am", "Thanks for posting this."),
                              ("Iwona", "May 30, 2019 at 1:06 PM", "Interesting place :)")]
