"""Splitting a passage into ideas, and telling the main ideas from detail."""

from __future__ import annotations

from tutor.core.keypoints.ideas import split_ideas


def _texts(text: str) -> list[str]:
    return [i.text for i in split_ideas(text)]


def test_compound_sentence_yields_one_idea_per_clause():
    text = ("Likewise, the fact that both neighbours look at the world through one lens, and have deepened "
            "their cooperation in science and defence, was plain as Estmark's bid for the council was backed by Norland.")
    ideas = split_ideas(text)
    assert len(ideas) == 3
    assert "one lens" in ideas[0].text
    assert "deepened" in ideas[1].text and "cooperation" in ideas[1].text
    assert "backed by Norland" in ideas[2].text


def test_clause_without_its_own_subject_borrows_the_one_before():
    ideas = _texts("Both neighbours share a long river border, and have opened three new bridges since the war.")
    assert ideas[1].startswith("Both neighbours have opened")


def test_relative_clause_inside_a_sentence_is_its_own_idea_and_leaves_the_main_clause_whole():
    text = ("The promise to start the second phase of the railway, which would bring factories to the border "
            "towns, is a welcome surprise.")
    ideas = split_ideas(text)
    main, relative = ideas
    assert len(main.parts) == 2  # the main clause, around the relative clause
    assert main.text == "The promise to start the second phase of the railway is a welcome surprise."
    assert relative.text.startswith("The railway would bring factories")
    assert main.parts[0].end <= relative.span.start < relative.span.end <= main.parts[1].start


def test_as_in_a_comparison_or_a_role_does_not_split():
    assert len(split_ideas("Few choices are as hard as that of the nurse who sees a colleague steal.")) == 1
    assert len(split_ideas("Most lawyers treat disclosure as justified only when the harm is grave.")) == 1


def test_and_joining_nouns_does_not_split():
    assert len(split_ideas("The plan covers roads, railways, ports and power plants across the three provinces.")) == 1


def test_examples_quotations_and_attributions_are_optional_detail():
    text = ("Many coastal cities, such as Lagos and Dhaka, are sinking faster than their sea walls rise. "
            "For example, parts of Jakarta drop by ten centimetres a year. "
            "The mayor said, \"We cannot build walls as fast as the water comes.\" "
            "Rising seas threaten the homes of millions, and the warning was again repeated by Deputy Minister "
            "Ana Ruiz on her recent visit to the coast.")
    ideas = split_ideas(text)
    optional = {i.why for i in ideas if i.optional}
    assert optional == {"example", "quotation", "attribution"}
    main = [i.text for i in ideas if not i.optional]
    assert "Many coastal cities are sinking faster than their sea walls rise." in main
    assert any("threaten the homes of millions" in t for t in main)


def test_statements_drop_linking_words_and_end_with_a_full_stop():
    ideas = _texts("Thus, the reform of the tax system has finally begun in earnest this year.")
    assert ideas == ["The reform of the tax system has finally begun in earnest this year."]


def test_ideas_keep_paragraph_and_sentence_numbers():
    ideas = split_ideas("Water is scarce in the valley today.\n\nFarmers pump far more than the rain returns.")
    assert [(i.paragraph, i.sentence) for i in ideas] == [(0, 0), (1, 1)]


def test_not_x_but_y_stays_one_idea():
    text = ("The real question, then, is not whether the new looms will create as many jobs as they destroy, "
            "but who will keep the profits they bring.")
    (idea,) = split_ideas(text)
    assert "who will keep the profits" in idea.text and "not whether" in idea.text
    assert len(split_ideas("The mills did not close their gates, but the weavers lost half their wages.")) == 2


def test_a_case_set_in_a_decade_or_in_a_place_named_once_is_optional_detail():
    text = ("Small lenders can reach households that banks ignore. In Ruvania, a village fund started by teachers "
            "lent to two thousand weavers within a year. When cash machines spread through Estmark's country towns "
            "in the 1990s, queues at the branches shrank. In the early 1990s each weaver earned two dollars a day; "
            "that figure has since tripled. Lenders in Estmark still need patient capital from the state. "
            "In Estmark, most weavers have never held a loan.")
    ideas = split_ideas(text)
    detail = [i.text for i in ideas if i.optional]
    assert len(detail) == 2 and "Ruvania" in detail[0] and "cash machines" in detail[1]
    assert all(i.why == "example" for i in ideas if i.optional)
    # A trend's starting point, a place the passage keeps returning to: the argument, not a case.
    assert not any(i.optional for i in ideas if "two dollars" in i.text or "never held a loan" in i.text)


def test_a_clause_opening_with_nor_keeps_its_negation():
    texts = _texts("The new road must not cut through the village school's playing field. "
                   "Nor, again, should the council widen the old bridge beside the mill.")
    second = next(t for t in texts if "bridge" in t)
    assert second.lower().startswith("nor")


def test_such_as_before_a_pronoun_is_a_comparison_not_an_example():
    ideas = split_ideas("The best leader is a person such as we have described, patient with farmers and "
                        "honest about the cost of every canal the village digs.")
    assert not any(i.optional for i in ideas)
    assert not any(i.text.startswith("Example") for i in ideas)
