from tutor.core.title import split_title


def test_a_first_line_starting_with_title_is_the_title():
    text = "Title :- TRADE AND TRUST\n\nThe two states rely on each other."
    p = split_title(text)
    assert p.title == "TRADE AND TRUST"
    assert p.title_span.of(text) == "TRADE AND TRUST"
    assert p.body_text == "The two states rely on each other."


def test_a_short_first_line_without_a_full_stop_is_the_title():
    p = split_title("Water Scarcity\nCities are running short of water.")
    assert p.title == "Water Scarcity"
    assert p.title_words == 2


def test_a_first_line_that_is_a_sentence_is_not_a_title():
    p = split_title("Cities are running short of water.\nThey must act.")
    assert p.title == "" and p.title_span is None
    assert p.body_text.startswith("Cities")


def test_a_given_title_leaves_the_whole_text_as_body():
    p = split_title("Short line\nMore text.", title="Given")
    assert p.title == "Given" and p.body_text == "Short line\nMore text."


def test_the_students_own_word_count_is_read_and_left_out_of_the_body():
    p = split_title("Water\n\nCities lack water.\n\n95 words\n")
    assert p.stated_words == 95
    assert p.body_text == "Cities lack water."


def test_a_title_label_alone_on_its_line_takes_the_next_line():
    text = "TITLE:\nTrade and Trust\n\nThe two states rely on each other."
    p = split_title(text)
    assert p.title == "Trade and Trust"
    assert p.title_span.of(text) == "Trade and Trust"
    assert p.body_text == "The two states rely on each other."


def test_the_first_line_of_a_hard_wrapped_paragraph_is_not_a_title():
    p = split_title("Kestria and Baranistan agreed\nto build a corridor of roads and ports.")
    assert p.title == ""
    assert p.body_text.startswith("Kestria")


def test_a_title_only_precis_has_an_empty_body_that_does_not_run_backwards():
    p = split_title("Title: Corridor of Partnership\n")
    assert p.title == "Corridor of Partnership"
    assert p.body.start <= p.body.end and p.body_text == ""


def test_a_bare_title_label_before_a_sentence_gives_no_title():
    p = split_title("Title\n\nThe passage speaks of $55 billion in all.")
    assert p.title == ""
    assert p.body_text == "The passage speaks of $55 billion in all."


def test_a_precis_label_before_the_body_is_not_part_of_it():
    for text in ("Title: Roofs\nPrécis: Councils plant roofs.", "Precis :\nCouncils plant roofs.",
                 "PRÉCIS\n\nCouncils plant roofs.", "Roofs\n\nPrecis - Councils plant roofs."):
        assert split_title(text).body_text == "Councils plant roofs.", text
    assert split_title("Précis: Councils plant roofs.", "Roofs").body_text == "Councils plant roofs."
    assert split_title("Précis writing is hard.").body_text == "Précis writing is hard."


def test_a_short_question_on_the_first_line_is_a_title_though_not_a_phrase():
    p = split_title("Can Small Farms Feed the World?\nMost of the world's farms are tiny, yet they grow a third "
                    "of its food.")
    assert p.title == "Can Small Farms Feed the World?"
    assert p.body_text.startswith("Most of the world's farms")


def test_a_question_as_the_title_loses_only_the_mark_for_a_phrase():
    from tutor.core.analysis import analyse_passage, check
    from tutor.core.passage import passage_from_text

    passage = passage_from_text("Most of the world's farms are tiny, yet together they grow about a third of "
                                "its food. Their owners are often among the hungriest people. Better roads, "
                                "storage and credit would let them sell when prices are good.")
    report = check(analyse_passage(passage), "Can Small Farms Feed the World?\nTiny farms grow a third of the "
                                             "world's food, yet their owners often go hungry; roads, storage "
                                             "and credit would help them sell at better prices.")
    title = report.score.part("title")
    assert title.points == title.out_of - 1
    assert "full sentence" in title.how
