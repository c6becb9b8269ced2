"""Argument rules that generalise beyond the dev set (docs/ontology.md, "Arguments").

Real Arabic news sentences run through the whole pipeline (real tagger, KB and dates); each test
asserts the argument the rule chooses, never a stored result.
"""
from __future__ import annotations

import pytest
from helpers import of_type
from helpers import run_rule as run


def names(refs):
    return {r.get("name_en") or r.get("text") for r in refs}


def place(e):
    return (e.location or {}).get("name_en") or (e.location or {}).get("text")


def test_place_of_a_source_in_an_earlier_clause_is_not_the_events(full_pipeline):
    # مصادر ... في اليمن، بمقتل ... في مدينة تعز: the sources' country is not where it happened
    e = of_type(run(full_pipeline, "وأفادت مصادر شبكة سكاي نيوز عربية في اليمن، بمقتل مدني وإصابة 4 "
                    "آخرين في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز، ليلة السبت."), "ASSAULT")
    assert place(e) == "Taiz"


def test_town_beats_the_governorate_it_is_named_with(full_pipeline):
    e = of_type(run(full_pipeline, "وقصفت طائرات التحالف مواقع الحوثيين في مدينة لودر بمحافظة أبين."),
                "ASSAULT")
    assert place(e) == "Lawdar"


def test_landmark_after_a_direction_word_locates_another_place(full_pipeline):
    # الحوطة عاصمة محافظة لحج، شمالي عدن: عدن only says where الحوطة lies
    e = of_type(run(full_pipeline, "وقالت المصادر إن المقاومة بسطت سيطرتها على مدينة الحوطة عاصمة "
                    "محافظة لحج، شمالي عدن، بعد اشتباكات عنيفة مع المتمردين."), "ASSAULT", "اشتباكات")
    assert e.location is not None and e.location.get("kb_id") != "ye-city-aden", e.location


def test_back_reference_to_a_city_named_before(full_pipeline):
    evs = run(full_pipeline, "قصفت طائرات التحالف مواقع الحوثيين في مدينة زنجبار بمحافظة أبين. "
              "ودارت مواجهات عنيفة داخل المدينة بين المقاومة والحوثيين.")
    e = of_type(evs, "ASSAULT", "مواجهات")
    assert place(e) == "Zinjibar"


def test_back_reference_to_a_town(full_pipeline):
    evs = run(full_pipeline, "وصل وفد من الأمم المتحدة إلى بلدة الزبداني في ريف دمشق. "
              "واندلعت اشتباكات عنيفة في البلدة بين قوات النظام ومسلحي المعارضة.")
    e = of_type(evs, "ASSAULT", "اشتباكات")
    assert place(e) == "Zabadani"


def test_announcer_is_no_agent_of_a_violence_noun_in_what_it_announced(full_pipeline):
    # أعلنت الوزارة أن حصيلة تفجير ...: أعلن supports no trigger behind its أن
    e = of_type(run(full_pipeline, "أعلنت وزارة الداخلية العراقية أن حصيلة تفجير السيارة المفخخة "
                    "في بغداد الجديدة ارتفعت إلى 66 قتيلا."), "ASSAULT")
    assert not any("الداخلية" in (a.get("text") or "") or "Interior" in (a.get("name_en") or "")
                   for a in e.actors), e.actors


def test_generic_fighters_of_a_named_group_are_that_group(full_pipeline):
    e = of_type(run(full_pipeline, "هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في الرمادي."),
                "ASSAULT")
    assert names(e.actors) == {"Islamic State (ISIS)"}
    assert "Islamic State (ISIS)" not in names(e.targets)


def test_taking_a_town_is_an_assault(full_pipeline):
    evs = run(full_pipeline, "وسيطرت المقاومة الشعبية على مدينة الحوطة بعد معارك مع الحوثيين.")
    assert any(e.type == "ASSAULT" and "سيطرت" in e.trigger.text for e in evs), \
        [(e.type, e.trigger.text) for e in evs]
    assert not any(e.type == "COERCE" for e in evs)


@pytest.mark.parametrize("word", ["مدنيا", "مواطنا"])
def test_counted_civilians_are_victims(full_pipeline, word):
    e = of_type(run(full_pipeline, f"وقتلت قوات النظام 20 {word} في قصف على مدينة حلب."), "ASSAULT")
    assert "civilians" in names(e.targets)


def test_casualties_of_a_battle_in_its_sentence_are_one_event(full_pipeline):
    # a moded trigger (معارك: firearms) and a mode-less casualty verb of one sentence, same sides
    evs = run(full_pipeline, "ودارت معارك عنيفة بين المقاومة الشعبية والحوثيين في مدينة تعز، "
              "وأصيب 15 من عناصر المقاومة الشعبية.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1, [(e.type, e.trigger.text) for e in evs]


def test_two_modes_stay_two_events(full_pipeline):
    evs = run(full_pipeline, "وأعلنت الحكومة المصرية حالة الطوارئ وحظر التجوال في مدينة العريش.")
    assert {e.mode for e in evs if e.type == "COERCE"} >= {"restrict", "curfew"}


def test_a_cordon_is_coercion_by_its_subject(full_pipeline):
    e = of_type(run(full_pipeline, "وفرضت القوات الأمنية العراقية طوقا على مدينة الرمادي."), "COERCE")
    assert e.mode == "restrict" and place(e) == "Ramadi"


def test_arson_by_settlers(full_pipeline):
    e = of_type(run(full_pipeline, "وأحرق مستوطنون منزلا فلسطينيا في قرية دوما بنابلس."), "ASSAULT")
    assert "Israeli settlers" in names(e.actors)


def test_members_of_a_group_before_the_verb_are_its_subject(full_pipeline):
    # مسلحي marks a target after a verb (قصف مواقع مسلحي داعش), not a subject opening its clause
    e = of_type(run(full_pipeline, "وقالت مصادر في تعز إن مسلحي المقاومة قتلوا 5 من مليشيات "
                    "الحوثي وصالح."), "ASSAULT")
    assert "Popular Resistance (Yemen)" in names(e.actors)
    assert "Popular Resistance (Yemen)" not in names(e.targets)


def test_counted_dead_before_the_verb_carry_no_earlier_agent(full_pipeline):
    evs = run(full_pipeline, "وقصفت طائرات التحالف مواقع الحوثيين في صنعاء أمس. "
              "وأفادت مصادر أمنية أن 47 شخصا على الأقل قتلوا في انفجارين في شرق العراق.")
    e = of_type(evs, "ASSAULT", "قتلوا")
    assert "Saudi-led coalition" not in names(e.actors)


def test_violence_naming_no_place_goes_on_where_the_last_one_was(full_pipeline):
    # عدن, named most, is the article's default place; the story has moved on to زنجبار
    evs = run(full_pipeline, "وأكد مسؤول في عدن أن الوضع في عدن مستقر وأن الحياة في عدن تعود. "
              "وقصفت طائرات التحالف مواقع الحوثيين في مدينة زنجبار. "
              "وأصيب 15 من المدنيين جراء انفجارات عنيفة.")  # (جراء الانفجارات: the strike again)
    second = [e for e in evs if e.type == "ASSAULT" and e.sentence == 2]
    assert second and place(second[0]) == "Zinjibar", [(e.trigger.text, place(e)) for e in evs]


def test_date_of_a_relative_clause_is_not_the_events(full_pipeline):
    # نقلهم إلى تدمر التي سقطت ... في مايو الماضي: May dates the fall of Palmyra, not the abduction
    evs = run(full_pipeline, "وقال الناشط إن التنظيم اختطف 220 شخصا من القريتين، لافتا إلى "
              "نقلهم إلى مدينة تدمر التي سقطت بأيدي عناصره في مايو الماضي.")
    e = of_type(evs, "ASSAULT", "اختطف")
    assert not str((e.date or {}).get("value") or "").startswith("2015-05"), e.date


def test_a_name_in_a_relative_clause_after_a_verb_is_not_its_subject(full_pipeline):
    evs = run(full_pipeline, "كما طالب الوزير بالتحقيق في جرائم الحرب التي ارتكبتها الميليشيات "
              "الحوثية في عدن وتعز.")
    e = of_type(evs, "REQUEST")
    assert "Houthis (Ansar Allah)" not in names(e.actors)


def test_possessed_victim_masdar_takes_no_nearby_name_as_killer(full_pipeline):
    # مقتلهم: the pronoun is the victim; الحكومة (whom they fought beside) did not kill them
    e = of_type(run(full_pipeline, "وقالت الوكالة إن الجنود استشهدوا خلال مشاركتهم في العمليات "
                    "للوقوف إلى جانب الحكومة الشرعية في اليمن دون تحديد ظروف مقتلهم."),
                "ASSAULT", "مقتلهم")
    assert "Government of Yemen" not in names(e.actors)


def test_other_side_of_a_clash_is_the_clauses_subject(full_pipeline):
    e = of_type(run(full_pipeline, "تمكنت المقاومة الشعبية بمحافظة تعز في جنوب غرب اليمن من التقدم "
                    "باتجاه قيادة المحور وإدارة الأمن العام بالمحافظة بعد اشتباكات عنيفة مع "
                    "مليشيات الحوثي."), "ASSAULT", "اشتباكات")
    assert "Popular Resistance (Yemen)" in names(e.actors)


@pytest.mark.parametrize("text, agent", [("وقتل جندي إلى جانب الحكومة.", False),
                                         ("وقتل جندي من جانب الحكومة.", True)])
def test_janib_marks_an_agent_only_after_min(text, agent):
    from helpers import make_doc

    from rasid.events.context import build_context
    doc = make_doc(text, [("الحكومة", "ORG", "Government", None, None, None)])
    ctx = build_context(doc, 0, (0, len(doc.tokens)), {})
    (m,) = [m for m in ctx.mentions if m.ref.get("name_en") == "Government"]
    assert (m.marker == "agent") is agent


def test_counted_soldiers_before_the_verb_are_victims_not_their_country(full_pipeline):
    e = of_type(run(full_pipeline, "قال مسعفون إن عشرة جنود ليبيين قتلوا خلال قتال في مدينة بنغازي."),
                "ASSAULT")
    assert "Libya" not in names(e.actors)


def test_a_verb_joined_to_another_keeps_the_shared_subject(full_pipeline):
    # أسر ستة وقتل 15: ستة is the object of أسر, not a counted subject of وقتل
    e = of_type(run(full_pipeline, "وأوضح المصدر أن الجيش اليمني أسر ستة وقتل 15 من مليشيات الحوثي."),
                "ASSAULT")
    assert e.actors and "Houthis (Ansar Allah)" not in names(e.actors)
    assert "Houthis (Ansar Allah)" in names(e.targets)


def test_nisba_of_the_source_is_not_the_agent_of_the_reported_death(full_pipeline):
    e = of_type(run(full_pipeline, "وأفاد مصدر أمني عراقي بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة "
                    "ناسفة في بغداد."), "ASSAULT")
    assert "Iraq" not in names(e.actors)


def test_victims_and_agent_halves_in_consecutive_sentences_are_one_event(full_pipeline):
    evs = run(full_pipeline, "قتل عدد من الحوثيين في محافظة البيضاء ليلة الجمعة. وأوضحت مصادر يمنية "
              "في البيضاء أن 3 حوثيين على الأقل قتلوا، فيما أصيب آخرون، في هجوم للمقاومة الشعبية "
              "على نقطة للمتمردين في محافظة البيضاء.")
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1, [(e.trigger.text, names(e.actors), names(e.targets)) for e in assault]
    assert "Popular Resistance (Yemen)" in names(assault[0].actors)
    assert "Houthis (Ansar Allah)" in names(assault[0].targets)


def test_joined_verb_shares_its_sentences_subject_and_counted_object_is_the_victim(full_pipeline):
    evs = run(full_pipeline, "وهاجم مسلحو تنظيم داعش حاجزا للجيش في سيناء، وقتلوا خمسة جنود.")
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert assault and all("Islamic State (ISIS)" in names(e.actors) for e in assault), \
        [(e.trigger.text, names(e.actors)) for e in assault]
    assert not any("soldiers" in names(e.actors) for e in assault)


def test_a_name_describing_the_victim_of_a_masdar_is_not_its_killer(full_pipeline):
    e = of_type(run(full_pipeline, "أفاد المرصد السوري لحقوق الانسان اليوم بمقتل رئيس مركز الإعلام في "
                    "الدفاع الوطني بدمشق."), "ASSAULT")
    assert "National Defence Forces" not in names(e.actors)


def test_a_name_after_the_instrument_of_a_victim_masdar_is_its_agent(full_pipeline):
    e = of_type(run(full_pipeline, "وأعلن الجيش مقتل قيادي في تنظيم داعش في غارة للتحالف الدولي."),
                "ASSAULT")
    assert "Islamic State (ISIS)" not in names(e.actors)
    assert e.actors


def test_counted_people_after_the_verb_are_victims_even_behind_the_attacker(full_pipeline):
    # يقتل انتحاري ثلاثة جنود: the bomber is no mention, the counted soldiers are still victims
    e = of_type(run(full_pipeline, "يقتل انتحاري ثلاثة جنود ليبيين عند نقطة تفتيش في مدينة بنغازي."),
                "ASSAULT")
    assert "soldiers" not in names(e.actors) and "soldiers" in names(e.targets)


def test_gunmen_belonging_to_a_named_group_are_that_group(full_pipeline):
    e = of_type(run(full_pipeline, "اختطف مسلحون تابعون لجماعة الحوثي في العاصمة صنعاء 10 من قياديي "
                    "حزب التجمع اليمني للإصلاح."), "ASSAULT")
    assert names(e.actors) == {"Houthis (Ansar Allah)"}


def test_subject_before_a_negated_verb(full_pipeline):
    # المقاومة لن تتراجع: the particle between keeps the subject before the verb (SVO)
    e = of_type(run(full_pipeline, "وأكد المخلافي أن المقاومة لن تتراجع عن معركتها لتحرير تعز."),
                "CONCEDE")
    assert e.negated and "Taiz" not in names(e.actors)


def test_dateline_with_a_dash_is_the_venue_of_talks(full_pipeline):
    evs = run(full_pipeline, "الرباط - استضافت العاصمة المغربية يوم الاثنين محادثات بين وفدين من "
              "مجلس النواب الليبي والمجلس الأعلى للدولة.\nوكانت اشتباكات قد اندلعت في طرابلس "
              "منتصف الشهر الماضي بين مجموعات مسلحة.")
    e = of_type(evs, "CONSULT")
    assert place(e) == "Rabat"
