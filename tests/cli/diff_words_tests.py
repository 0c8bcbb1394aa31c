#!/usr/bin/env python3
"""`liaison diff` words the parameters a person changes: each known path of
the policy format named in the output's language, its values in words, its
JSON path kept at the end; a rule added or removed by its title; a path not
known as JSON; --json unchanged (paths and JSON text).

    diff_words_tests.py LIAISON_BINARY SOURCE_DIR

The expected lines are worked out by hand from the two policies: hunan
(docs/policy.md: caps 优 30% and 良 50% rounded down, ties broken by keys,
part-time cadres as the department decides, youth_visits binding with a
minimum of 10, legacy_zzg's title 原“走转改”活动…) and the changed copies
the tests write.
"""

import copy
import json
import os
import tempfile
import unittest

import cli_run

CITY = "tests/cli/fixtures/policy-city-12-visits.json"
VISITS = "$.rules[id=youth_visits]"
ZZG_ZH = "原“走转改”活动：不再作为规定动作，仅作自愿记录"
ZZG_EN = 'Legacy "zou-zhuan-gai" campaign: voluntary record only'


def liaison(*args):
    return cli_run.liaison(args, env={"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}, timeout=120)[0]


def diff(after, *args):
    return liaison("diff", "--before", "hunan", "--after", after, "--as-of", "2026-12-31",
                   *args, "examples/department.json")


class DiffWordsTest(unittest.TestCase):
    def test_city_policy_in_both_languages(self):
        zh = diff(CITY, "--lang", "zh")
        self.assertIn("\n参数变化：3\n", zh)
        self.assertIn("\n  取整方式：向下取整 → 向上取整（$.grading.rounding）\n", zh)
        self.assertIn("\n  每年走访基层青年不少于10次 的要求：10 → 12（%s.min）\n" % VISITS, zh)
        self.assertIn('\n  $.id："hunan" → "city"\n', zh)
        en = diff(CITY, "--lang", "en")
        self.assertIn("\n  rounding: down → up ($.grading.rounding)\n", en)
        self.assertIn("\n  At least 10 visits to grassroots youth a year, minimum: 10 → 12 "
                      "(%s.min)\n" % VISITS, en)
        self.assertIn('\n  $.id: "hunan" → "city"\n', en)

    def test_transitional_year_against_the_yearly_policy(self):
        # hunan-2018 (docs/policy.md): the 2018 year only, from 10-23, with
        # sinking_week and the departments' plan; hunan: every year from 2019,
        # with midyear_report and the mid-year checkpoint.
        zh = liaison("diff", "--before", "hunan-2018", "--after", "hunan", "--as-of",
                     "2018-12-31", "--lang", "zh", "--wide", "examples/department-2018.json")
        for line in ["起始年度：2018 → 2019（$.year）", "逐年适用：否 → 是（$.recurring）",
                     '考核期起始日："10-23" → "01-01"（$.period.start）',
                     "新增规则：每年6月底，机关干部向本部门提交个人任务清单完成情况"
                     "（$.rules[id=midyear_report]）",
                     "删除规则：2018年度尚未开展常态化下沉基层工作的机关干部，应在年底前到下沉地"
                     "开展不少于1周的工作（$.rules[id=sinking_week]）",
                     "删除部门规则：各部门制定的贯彻落实的具体方案于10月31日前报团省委基层组织建设部，"
                     "明确部门干部常态化联系基层团组织名称（$.department_rules[id=department_plan]）"]:
            self.assertIn("\n  " + line + "\n", zh)

    def test_json_keeps_paths_and_json_text(self):
        parameters = json.loads(diff(CITY, "--json"))["parameters"]
        self.assertIn({"path": "$.grading.rounding", "before": '"floor"', "after": '"ceil"'},
                      parameters)
        self.assertIn({"path": VISITS + ".min", "before": "10", "after": "12"}, parameters)

    def test_shares_ties_participation_binding_and_whole_rules(self):
        with open(os.path.join(cli_run.SOURCE, CITY), encoding="utf-8") as source:
            policy = json.load(source)
        changed = copy.deepcopy(policy)
        changed["id"] = "hunan"
        for rule in changed["rules"]:
            if rule["id"] == "youth_visits":
                rule["min"] = 10
                rule["binding"] = False
        changed["grading"]["rounding"] = "floor"
        changed["grading"]["caps"][0]["share"] = 0.25
        changed["grading"]["ties"] = "hold"
        changed["participation"]["part_time"] = "required"
        added = copy.deepcopy([r for r in changed["rules"] if r["id"] == "lectures"][0])
        added["id"] = "new_talks"
        added["title"] = {"zh": "新增谈话", "en": "New talks"}
        added["binding"] = False
        changed["rules"] = [r for r in changed["rules"] if r["id"] != "legacy_zzg"] + [added]
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "changed.json")
            with open(path, "w", encoding="utf-8") as out:
                json.dump(changed, out, ensure_ascii=False)
            # --wide: one line each, however long.
            zh = diff(path, "--lang", "zh", "--wide")
            en = diff(path, "--lang", "en", "--wide")
        for line in ["优 的比例上限：30% → 25%（$.grading.caps[grade=excellent].share）",
                     "并列处理：按排序条件区分 → 提交部门党支部研究（$.grading.ties）",
                     "兼职干部：由部门决定 → 必须参加（$.participation.part_time）",
                     "每年走访基层青年不少于10次 是否约束性：是 → 否（%s.binding）" % VISITS,
                     "删除规则：%s（$.rules[id=legacy_zzg]）" % ZZG_ZH,
                     "新增规则：新增谈话（$.rules[id=new_talks]）"]:
            self.assertIn("\n  " + line + "\n", zh)
        for line in ["cap on excellent: 30% → 25% ($.grading.caps[grade=excellent].share)",
                     "ties: broken by the tie keys → held for the department's Party branch "
                     "($.grading.ties)",
                     "part-time cadres: as the department decides → takes part "
                     "($.participation.part_time)",
                     "At least 10 visits to grassroots youth a year, binding: yes → no "
                     "(%s.binding)" % VISITS,
                     "rule removed: %s ($.rules[id=legacy_zzg])" % ZZG_EN,
                     "rule added: New talks ($.rules[id=new_talks])"]:
            self.assertIn("\n  " + line + "\n", en)


if __name__ == "__main__":
    cli_run.main()
