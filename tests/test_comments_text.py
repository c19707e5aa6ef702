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
            "Python allows you to specify that a function argument is optional by providing a "
            "default value for it.\n"
            "A common mistake is to think that the optional argument will be set to the default "
            "expression each time the function is called.\n"
            "The default value for a function argument is only evaluated once, at the time that "
            "the function is defined.\n"
            "A common workaround is to use None as the default and to build the list inside the "
            "function body.\n"
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


def test_headings_over_paragraphs_under_a_comments_link_are_not_a_thread():
    """A review page: "Comments" is a link under the title; the verdict box below it takes
    turns of short headings and paragraphs, like names and comments, but no article is above."""
    text = ("A review of Through the Darkest of Times\n"
            "By Fraser Brown\n"
            "The strategy game asks you to run a resistance group in Berlin from 1933 to 1945.\n"
            "Comments\n"
            "Our Verdict\n"
            "A superbly crafted game that serves as storyteller, teacher and conscience.\n"
            "Need to know\n"
            "What is it? The story of Nazi Germany, as experienced by a fictional group.\n"
            "It plays out over four chapters, each with its own mood and its own dangers.\n")
    assert comments(text) == []


def test_an_article_dated_byline_is_not_a_thread_start():
    text = ("Site Update - Leseprobe Band 14 / Kapitel 121\n"
            "Das neue Kapitel ist ab heute online, wie immer mit den Bildern der Originalausgabe.\n"
            "24. März 2004, 19:49 | Genesis\n"
            "Kapitel 121 ist nun auch online. Wie immer können die Bilder nur von Mitgliedern "
            "gesehen werden.\n"
            "Viel Spass\n"
            "Kommentare\n"
            "#1 Kommentar von Naru-chan\n"
            "26. März 2004, 16:19\n"
            "Danke für dieses Kapitel, Genesis!\n"
            "Kommentar schreiben\nName*\nEmail\n")
    result = run(text, "page.txt")
    body = [t for k, t in kinds_by_line(result) if k == "body"]
    assert any(t.startswith("Kapitel 121 ist nun auch online") for t in body)
    assert [(c.date, c.text) for c in result.seg.comments] == [
        ("26. März 2004, 16:19", "Danke für dieses Kapitel, Genesis!")]


def test_the_reply_form_under_the_last_comment_ends_the_thread():
    text = ARTICLE + ("1 Kommentar\n"
                      "Jasmin sagt:\n10. Februar 2019 um 18:05 Uhr\n"
                      "Endlich, darauf warten wir seit Jahren.\nAntworten\n"
                      "Schreibe einen Kommentar Antworten abbrechen\n"
                      "Deine E-Mail-Adresse wird nicht veröffentlicht.\n"
                      "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail "
                      "Benachrichtigungen über neue Beiträge zu erhalten.\n"
                      "Bloggen auf WordPress.com.\n")
    result = run(text, "page.txt")
    assert [(c.author, c.text) for c in result.seg.comments] == [
        ("Jasmin", "Endlich, darauf warten wir seit Jahren.")]
    kinds = dict((t, k) for k, t in kinds_by_line(result))
    assert kinds["Bloggen auf WordPress.com."] == "boilerplate"


def test_a_reply_form_above_the_thread_does_not_end_it():
    """wpDiscuz and others put the form first: the comments follow it."""
    text = ARTICLE + ("2 Kommentare\n"
                      "Hinterlasse einen Kommentar\n"
                      "Michael Blahm sagt:\n2. April 2014 um 8:29 Uhr\n"
                      "Warum nicht gleich bis zum Hauptbahnhof?\nAntworten\n"
                      "Schreibe einen Kommentar\n"
                      "Jasmin sagt:\n10. Februar 2019 um 18:05 Uhr\n"
                      "Endlich, darauf warten wir seit Jahren.\n")
    assert [c.author for c in run(text, "page.txt").seg.comments] == ["Michael Blahm", "Jasmin"]


def test_weekday_between_the_name_and_the_date_is_not_part_of_the_name():
    text = ARTICLE + ("2 Comments\n"
                      "Josef Franz Lindner, Do 9 Apr 2020 / 08:34 Antworten\n"
                      "Sehr nachdenkenswert finde ich die Erwägungen zur Triage.\n"
                      "Sam 9. April 2020 um 20:50 Uhr - Antworten\n"
                      "Ich fürchte, das überzeugt mich nicht.\n")
    # the weekday is the date's as written (seg43: label c-de-12 "Do 9 Apr 2020 / 08:34")
    assert [(c.author, c.date) for c in run(text, "page.txt").seg.comments] == [
        ("Josef Franz Lindner", "Do 9 Apr 2020 / 08:34"), ("Sam", "9. April 2020 um 20:50 Uhr")]


def test_thread_that_prints_the_text_above_the_name_and_date():
    """regards.fr: each comment's text, then "name Le date à hh:mm", then "Répondre"; the teasers
    under the thread carry dates but no names."""
    text = ARTICLE.replace("Die Stadt baut die Straßenbahn bis zum Flughafen aus\n", "") + (
        "Vos réactions\n"
        "très bien vos infos.\n"
        "gabriel sempéré Le 11 septembre 2018 à 12:57\n"
        "Répondre\n"
        "Articles très bien faits et qui nous montrent la corruption des politiques.\n"
        "lebrec jacques Le 13 septembre 2019 à 22:30\n"
        "Répondre\n")
    assert [(a, t) for a, _, t in comments(text)] == [
        ("gabriel sempéré", "très bien vos infos."),
        ("lebrec jacques", "Articles très bien faits et qui nous montrent la corruption des politiques.")]


def test_a_stamp_whose_time_is_on_a_line_of_its_own_opens_one_comment():
    """La Presse prints "24 janvier 2017<br>12h27" (an exploratory test on a saved page,
    2026-12-05): the time line opened a second comment with no author, and the first kept no
    text."""
    html = ("<html lang='fr'><body><article><h1>Certains rêvent de Matt Duchene à Ottawa</h1>"
            "<p>Le chroniqueur du quotidien Ottawa Citizen, Ken Warren, estime que les Sénateurs "
            "doivent songer à acquérir Matt Duchene pour pallier la perte de Clarke MacArthur.</p>"
            "</article><ul class='comments-list'>"
            "<li><div class='metadata'><p class='auteur'>antiquebecor</p>"
            "<p class='date'>24 janvier 2017<br>12h27</p></div><div class='body-text'>"
            "<p>Arrêtez avec le fichu différentiel, ça ne veut absolument rien dire.</p></div></li>"
            "<li><div class='metadata'><p class='auteur'>snake70</p>"
            "<p class='date'>24 janvier 2017<br>12h32</p></div><div class='body-text'>"
            "<p>Les Sens n’ont rien de vraiment intéressant à donner.</p></div></li>"
            "</ul></body></html>")
    result = run(html, "page.html")
    assert_partition(result)
    assert [(c.author, c.date, c.text) for c in result.seg.comments] == [
        ("antiquebecor", "24 janvier 2017 12h27",
         "Arrêtez avec le fichu différentiel, ça ne veut absolument rien dire."),
        ("snake70", "24 janvier 2017 12h32", "Les Sens n’ont rien de vraiment intéressant à donner.")]


def test_a_time_under_a_stamp_in_pasted_text_ends_the_stamp_too():
    # found in review: with no date markup the time stayed the first line of the text
    text = ARTICLE + ("2 Kommentare\nMichael Blahm\n2. April 2014\n8:29\n"
                      "Warum nicht gleich bis zum Hauptbahnhof?\n"
                      "Jasmin\n10. Februar 2019\n18:05\nEndlich, darauf warten wir seit Jahren.\n")
    assert comments(text) == [
        ("Michael Blahm", "2. April 2014 8:29", "Warum nicht gleich bis zum Hauptbahnhof?"),
        ("Jasmin", "10. Februar 2019 18:05", "Endlich, darauf warten wir seit Jahren.")]


def test_counted_label_with_spaces_and_a_polite_login_prompt_open_the_thread():
    """Set d's tichyseinblick.de page: "Kommentare ( 56 )", the thread's rules, the login
    prompt in the polite form, then score, age, name and text, again and again. The label's
    count in spaced parentheses and the prompt were no cue: all 18 comments were body text."""
    text = ARTICLE + ("Kommentare ( 56 )\nLiebe Leser!\n"
                      "Wir sind dankbar für Ihre Kommentare und schätzen Ihre aktive Beteiligung sehr.\n"
                      "Ihre Kommentare werden moderiert, da die juristische Verantwortung bei TE liegt.\n"
                      "----\n"
                      "Sie müssen angemeldet sein um einen Kommentar oder eine Antwort schreiben zu können\n"
                      "Registrierung\n"
                      "Nibelung\n"
                      "Gewisse Ähnlichkeiten zwischen 1938 und heute sind zu erkennen, wobei der Potentat "
                      "aus Anatolien auch unberechenbar ist.\n"
                      "0\n50 Minuten 46 Sekunden her\nBummi\n"
                      "Ich sehe den Abzug grundsätzlich positiv. Dort gehören keine fremden Truppen hin.\n"
                      "4\n1 Stunde 51 Minuten her\n")
    lines = kinds_by_line(run(text, "page.txt"))
    assert not [t for k, t in lines if k == "body" and ("Abzug" in t or "Anatolien" in t)]
    assert any("Abzug grundsätzlich positiv" in c[2] for c in comments(text))


def test_the_polite_login_prompt_in_another_wording_is_the_threads():
    # "Sie müssen angemeldet sein, um einen Kommentar zu hinterlassen." (a site's own German
    # strings, found with the search tool) under the thread's rules and over its login form,
    # then a thread dated "vor 3 Stunden": the first date is past the label's window, the
    # prompt says a thread follows.
    text = ARTICLE + ("3 Kommentare\n"
                      "Wir freuen uns über Ihre Meinung und lesen jeden Beitrag, bevor er erscheint.\n"
                      "Bitte bleiben Sie sachlich und verzichten Sie auf Beleidigungen und Links.\n"
                      "Die Moderation ruht zwischen Mitternacht und sieben Uhr morgens.\n"
                      "Sie müssen angemeldet sein, um einen Kommentar zu hinterlassen.\n"
                      "Anmelden\nRegistrierung\nBenutzername oder E-Mail-Adresse\nPasswort\n"
                      "Angemeldet bleiben\nBenutzername\nE-Mail\nPasswort bestätigen\n"
                      "vor 3 Stunden\nMarkus\n"
                      "Das hätte man schon vor zehn Jahren beschließen können, finde ich.\n"
                      "vor 5 Stunden\nPetra\n"
                      "Hoffentlich halten sie diesmal den Zeitplan ein, sonst wird es teuer.\n")
    lines = kinds_by_line(run(text, "page.txt"))
    assert not [t for k, t in lines if k == "body" and ("zehn Jahren" in t or "Zeitplan" in t)]
    found = comments(text)  # (who wrote each is not asked here: a form's field stands above)
    assert [d for _, d, _ in found] == ["vor 3 Stunden", "vor 5 Stunden"]
    assert "zehn Jahren" in found[0][2] and "Zeitplan" in found[1][2]


def test_german_months_in_wordpress_english_order_date_the_comments():
    """Set d's happyface313.com page: WordPress's "F j, Y" with German months ("März 7,
    2018") under an English label and reply link; only "August 24, 2018" was a date, so
    the first twelve comments stayed in the article."""
    text = ARTICLE + ("21 Comments\ndottoressa\nMärz 7, 2018\n"
                      "Ich bin natürlich blond, jetzt bin ich ein bisschen blonder und kann 6-8 Wochen "
                      "ohne Farbe sein.\nReply\n"
                      "Miriam\nMärz 7, 2018\n"
                      "Plantur kenne ich, aber von diesem braunen Shampoo habe ich noch nicht gehört.\n"
                      "Reply\n")
    found = comments(text)
    assert [(a, d) for a, d, _ in found] == [("dottoressa", "März 7, 2018"), ("Miriam", "März 7, 2018")]


def test_the_login_prompt_and_dated_teasers_alone_open_no_thread():
    """Negatives: the login prompt under an article with no thread, then a list of dated
    teasers (no label, no reply link): no comments, the article's lines stay the article."""
    text = ARTICLE + ("Sie müssen angemeldet sein, um einen Kommentar abzugeben.\n"
                      "März 7, 2018\n"
                      "Der Stadtrat streitet über die Parkgebühren in der Innenstadt und den Busverkehr\n"
                      "März 9, 2018\n"
                      "Neue Radwege entlang des Flusses sollen bis zum Sommer fertig werden\n")
    result = run(text, "page.txt")
    assert not result.seg.comments
    lines = kinds_by_line(result)
    assert ("body", ARTICLE.splitlines()[1]) in lines


# reddit pasted (comment labels b-en-03): no label opens the thread and no reply link follows
# a date; its entries repeat a stamp ("39 points · 6 years ago") over what a reader wrote.
REDDIT = ("What's your opinion on what to include in __init__.py ?\n"
          "I'm new to packaging and publishing on PyPI. I've been searching for information about "
          "the best practices about modules and namespaces, and using __init__.py.\n"
          "Considering a package with multiple modules (and possibly sub-packages), there seems to "
          "be 3 different approaches to what goes into the package's __init__.py file.\n"
          "Leave the __init__.py blank. This enforces explicit imports and thus clear namespaces, "
          "which many people consider the cleanest choice for a library.\n"
          "Import all modules in __init__.py. The user doesn't have to do multiple imports, but "
          "the cons are explicit vs implicit and a slower import.\n"
          "Import key functions from various modules directly into the package namespace, so "
          "that the modules can move without breaking anyone's code.\n"
          "Sort by\nbest\nlevel 1\n39 points · 6 years ago\n"
          "I tend toward option 3 for my own work. For me, it's about declaring a 'public' API "
          "for the module.\n"
          "level 2\n10 points · 6 years ago\n"
          "also, flat is better than nested, really, and you should not make users hunt for it.\n"
          "level 2\n4 points · 6 years ago · edited 6 years ago\n"
          "I think this is a very bad idea as it will create a coupling between all modules.\n"
          "level 1\n22 points · 6 years ago\n"
          "You stick important parameters like version, author, release date, image DPI in there.\n"
          "level 2\n13 points · 6 years ago\n"
          "Don't forget __doc__ with decent sample usage.\n")


def test_stamped_entries_in_a_reader_s_voice_are_a_thread():
    lines = kinds_by_line(run(REDDIT, "page.txt"))
    body = [t for k, t in lines if k == "body"]
    assert not [t for t in body if "option 3 for my own work" in t or "coupling" in t]
    assert [t for t in body if t.startswith("Leave the __init__.py blank")]  # the post stays


def test_stack_exchange_answers_and_their_comments_are_a_thread():
    """Stack Exchange pasted (comment labels b-en-08): "answered Feb 6, 2014 at 23:35" and
    the comments' dates, no reply link."""
    text = REDDIT[:REDDIT.index("Sort by")] + (
        "asked Feb 6, 2014 at 20:37\n"
        "maybe ausgeraubt is a bad example.. I think enttäuscht makes things much easier.\n"
        "– Vogel612\nFeb 7, 2014 at 10:53\n"
        "What are you trying to stress in your narrative? I feel like war is a statement.\n"
        "– Bill\n3 hours ago\nAdd a comment |\n6 Answers\n22\n"
        "I don't quite agree with the other two answers given here so far.\n"
        "Share\nImprove this answer\nFollow\nanswered Feb 6, 2014 at 23:35\n"
        "I found this answer very helpful except that it does not address the question.\n"
        "– Tony M\nSep 25, 2019 at 12:22\n")
    body = [t for k, t in kinds_by_line(run(text, "page.txt")) if k == "body"]
    assert not [t for t in body if "I think" in t or "I feel" in t or "quite agree" in t]
    assert [t for t in body if t.startswith("Leave the __init__.py blank")]


def test_a_liveblog_s_stamped_entries_stay_the_article():
    """Stamped entries in no one's voice: a liveblog's (and quotes in them do not count)."""
    text = ARTICLE + "".join(
        f"{n} hours ago\nThe fire brigade said the blaze at the depot was under control by "
        f"evening, and the mayor said: \"I thank the crews\" ({n}).\n" for n in range(6, 1, -1))
    body = [t for k, t in kinds_by_line(run(text, "page.txt")) if k == "body"]
    assert sum("fire brigade" in t for t in body) == 5


def test_dated_teasers_in_the_second_person_open_no_thread():
    """A box of dated teasers cut in mid-phrase ("…"), even written to "you"
    (searchlight.vc, eval pages)."""
    text = ARTICLE + "".join(
        f"Posted on April {n}, 2022\nMake your social media shine bright\n"
        f"We don't experience the four seasons here but it doesn't mean you can't do spring...\n"
        for n in range(20, 26))
    assert not [k for k, t in kinds_by_line(run(text, "page.txt")) if k == "comments"]


def test_a_short_comment_under_a_stamp_is_not_the_next_reader_s_name():
    """A two-word text ("Super Rezepte", set a's "Herrlicher Verriss !") read like a name: it
    was taken over the next reader's "sagt:" line, leaving its own comment empty."""
    text = ARTICLE + ("3 Kommentare\n"
                      "Mariahm sagt:\nNovember 30, 2013 um 5:10 pm\nSuper Rezepte\nAntworten\n"
                      "Teodora sagt:\nAugust 13, 2013 um 3:28 pm\n"
                      "Könnte man auch Lebensmittelfarbe hinzufügen?\nAntworten\n"
                      "Jo sagt:\nAugust 20, 2013 um 6:11 pm\njap habs probiert\nAntworten\n")
    assert [(a, t) for a, _, t in comments(text)] == [
        ("Mariahm", "Super Rezepte"), ("Teodora", "Könnte man auch Lebensmittelfarbe hinzufügen?"),
        ("Jo", "jap habs probiert")]


def test_a_thread_s_running_number_is_no_reader_s_text():
    """A theme numbering its comments prints "8" over the next stamp: that number closed the
    comment above ("❤️" / "8"), whose text was then mostly someone else's."""
    text = ARTICLE + ("3 Kommentare\n"
                      "1\nLouise on 11/08/2020 at 10:05\nAntworten\n"
                      "Alles Liebe für euch! Und die Fotos sind so schön geworden.\n"
                      "2\nSwantje Bernsmann on 16/08/2020 at 12:56\nAntworten\n❤️\n"
                      "3\nTheresa on 11/08/2020 at 10:16\nAntworten\n"
                      "Tolle Bilder und vor allem tolle Worte!\n")
    found = comments(text)  # (the names keep the stamp's "on": not asked here)
    assert [t for _, _, t in found] == ["Alles Liebe für euch! Und die Fotos sind so schön geworden.",
                                        "❤️", "Tolle Bilder und vor allem tolle Worte!"]
    assert [a.split(" on")[0] for a, _, _ in found] == ["Louise", "Swantje Bernsmann", "Theresa"]


def test_a_signed_stamp_under_the_text_closes_each_comment():
    """WordPress's default theme signs each comment under its text, its date in the blog's
    own form (set d's literaturgefluester: "2019-01-01 @ 00:39"): each line was a comment of
    its own and the texts unnamed ones."""
    text = ARTICLE + ("2 Kommentare »\n"
                      "Deinen letzten Absatz kann ich nur unterschreiben. In diesem Sinne dir und uns "
                      "allen ein tolerantes 2019 aus Nürnberg.\n"
                      "Kommentar von Margit Heumann — 2019-01-01 @ 00:39 | Antworten\n"
                      "Ebenfalls alles Gute, du bist meine erste Kommentiererin im neuen Jahr!\n"
                      "Kommentar von jancak — 2019-01-01 @ 00:45 | Antworten\n"
                      "RSS feed for comments on this post. TrackBack URI\n")
    found = comments(text)
    assert [(a, d) for a, d, _ in found] == [("Margit Heumann", "2019-01-01 @ 00:39 | Antworten"),
                                             ("jancak", "2019-01-01 @ 00:45 | Antworten")]
    assert found[0][2].startswith("Deinen letzten Absatz") and found[1][2].startswith("Ebenfalls")


def test_an_editorial_s_byline_is_no_signed_stamp():
    """Negative: "Ein Kommentar von …" over an opinion piece names its writer, with no time of
    day: no comment's stamp, the piece stays the article."""
    from audit.model import Block
    from audit.segment.cues import is_comment_date

    for line in ("Kommentar von Anna Müller — Die Stadt muss jetzt handeln",
                 "Comment by Jane Doe — the council got this one wrong"):
        assert not is_comment_date(Block(0, len(line), line), line)
    text = ("Kommentar von Anna Müller — Die Stadt muss jetzt handeln\n" + ARTICLE.split("\n", 1)[1])
    assert not comments(text)


_LANES = ("Council approves new cycle lanes\n\nThe council on Tuesday approved three new cycle lanes "
          "in the city centre, at a cost of £2 million.\n\nComments\n\n")


def test_a_name_alone_between_two_stamps_is_the_next_reader_s():
    """Review 1, R7: a comment whose text was lost on paste ("Dave Peters" / stamp), the next
    reader's full name right under its stamp: that name is no text of the comment above."""
    text = _LANES + ("Dave Peters\n11/08/2020 at 10:12\nSarah Jones\n11/08/2020 at 11:40\n"
                     "Thanks, I agree with the council on this one.\nTom Hardy\n11/08/2020 at 12:05\n"
                     "Another waste of money. The lanes will be empty in winter.\n")
    assert [(a, t) for a, _, t in comments(text)] == [
        ("Dave Peters", ""), ("Sarah Jones", "Thanks, I agree with the council on this one."),
        ("Tom Hardy", "Another waste of money. The lanes will be empty in winter.")]


def test_a_short_text_under_a_stamp_stays_its_reader_s():
    """Negative of R7: "Great news", "Thanks Dave" right under a stamp, a name over the next:
    each the text of the comment above, not glued to the next reader's name."""
    text = _LANES + ("Dave\n11/08/2020 at 10:12\nGreat news\nSarah\n11/08/2020 at 11:40\nThanks Dave\n"
                     "Tom\n11/08/2020 at 12:05\nAnother waste of money. The lanes will be empty in winter.\n")
    assert [(a, t) for a, _, t in comments(text)] == [
        ("Dave", "Great news"), ("Sarah", "Thanks Dave"),
        ("Tom", "Another waste of money. The lanes will be empty in winter.")]


def test_a_comment_s_own_last_number_stays_its_text():
    """Review 1, R8: a number closing one comment ("My guess:" / "3") in a thread that numbers
    no entry is that reader's text, not a running number."""
    text = _LANES + ("Dave Peters\n11/08/2020 at 10:12\n"
                     "How many lanes will there be on Main Street? My guess:\n3\n"
                     "Sarah Jones\n11/08/2020 at 11:40\nThanks, I agree with the council on this one.\n")
    assert [(a, t) for a, _, t in comments(text)] == [
        ("Dave Peters", "How many lanes will there be on Main Street? My guess:\n3"),
        ("Sarah Jones", "Thanks, I agree with the council on this one.")]


def test_an_english_thread_s_running_numbers_are_no_text():
    """The numbered thread in English ("1" / "Dave on …"): each number still no reader's text."""
    text = _LANES + ("1\nDave on 11/08/2020 at 10:12\nGreat news, about time.\n2\nSarah on 11/08/2020 at 11:40\n"
                     "Yes\n3\nTom on 11/08/2020 at 12:05\nAnother waste of money.\n12\n"
                     "Ann on 12/08/2020 at 09:00\nI cycle every day and I welcome it.\n")
    assert [t for _, _, t in comments(text)] == ["Great news, about time.", "Yes", "Another waste of money.",
                                                 "I cycle every day and I welcome it."]


ENGLISH = ("The city extends the tram line to the airport\n"
           "The city council voted on Tuesday to extend the tram line to the airport, the "
           "mayor said in a statement released after the meeting.\n"
           "Construction is due to start next spring and should take about two years, a "
           "spokeswoman for the transport company said.\n")


def test_the_reply_form_s_text_box_label_opens_no_thread():
    """"Kommentar" over "Name *" / "E-Mail *" is the form's box: a sidebar's dated posts and
    WordPress's notices under it are no comments (set f: autonews.ch, strafprozess.ch)."""
    for article, form in [
        (ARTICLE, "Schreibe einen Kommentar Antworten abbrechen\n"
                  "Deine E-Mail-Adresse wird nicht veröffentlicht.\nKommentar\nName *\nE-Mail *\n"
                  "Website\nDiese Website verwendet Akismet, um Spam zu reduzieren.\n"
                  "Neueste Beiträge\nFahrbericht: Tesla Model Y – SUV in Bestform\n10. Oktober 2021 0\n"
                  "Fahrbericht: Neuer Skoda Enyaq iV\n25. Juni 2021 0\n"),
        (ENGLISH, "Leave a Reply Cancel reply\nYour email address will not be published.\n"
                  "Comment\nName *\nEmail *\nWebsite\n"
                  "Recent Posts\nThe new bridge opens in May\nMarch 3, 2021 at 10:32 am\n"
                  "Council approves the budget\nMarch 1, 2021 at 9:15 am\n")]:
        assert comments(article + form) == []


def test_a_comments_label_over_a_thread_still_opens_it():
    # Negative of the rule above: "Comments" over posts, no form fields under it.
    text = ENGLISH + ("Comments\nAnna says:\nMarch 3, 2021 at 10:32 am\n"
                      "Finally, we have been waiting for this for years.\nReply\n"
                      "Ben says:\nMarch 4, 2021 at 8:15 am\nWhy not all the way to the station?\nReply\n")
    assert [c[0] for c in comments(text)] == ["Anna", "Ben"]


def test_a_reply_link_after_its_separator_and_a_spanish_stamp():
    """"Ramón dijo:" / text / "26 abril 2022 a las 14:02" / "/ Responder" (cubadebate.cu, set
    f): "dijo" names the reader, "de" may be left out of the date, "/" is the link's separator."""
    article = ("El ayuntamiento amplía la línea de tranvía hasta el aeropuerto\n"
               "El pleno municipal aprobó el martes la ampliación de la línea de tranvía hasta el "
               "aeropuerto, según informó el alcalde en un comunicado.\n"
               "Las obras comenzarán la próxima primavera y durarán unos dos años, dijo una "
               "portavoz de la empresa de transportes.\n"
               "El proyecto costará unos cuarenta millones de euros, financiados en parte con "
               "fondos europeos, según el documento aprobado por el pleno.\n")
    thread = ("Se han publicado 2 comentarios\n"
              "Ramón dijo:\nEstoy convencido de que muchos vecinos esperan esta obra desde hace años.\n"
              "26 abril 2022 a las 14:02\n/ Responder\n"
              "Moraima dijo:\nRamón, ojalá se cumplan los plazos esta vez, porque ya lo prometieron antes.\n"
              "26 abril 2022 a las 15:35\n/ Responder\n")
    assert [c[0] for c in comments(article + thread)] == ["Ramón", "Moraima"]


def test_a_teaser_list_s_date_without_time_is_no_spanish_stamp():
    # Negative: "26 abril 2022 | 11" by each teaser (no "a las" time of day) dates no post.
    from audit.model import Block
    from audit.segment.cues import is_comment_date
    for line, dated in [("26 abril 2022 | 11", False), ("26 abril 2022 a las 14:02", True)]:
        assert is_comment_date(Block(0, len(line), line), line) is dated
