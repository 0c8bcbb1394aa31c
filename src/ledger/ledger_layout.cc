#include "ledger/ledger_layout.h"

namespace liaison::ledger {
namespace {

using K = ValueKind;
using V = Vocab;

constexpr ColumnSpec kCadreColumn{"cadre",
                                  "干部编号",
                                  "cadre id",
                                  K::kText,
                                  V::kNone,
                                  true,
                                  "本行所属干部的编号，须在“干部”表中",
                                  "the id of a cadre of sheet 干部",
                                  ""};

SheetSpec DepartmentsSheet() {
  return {
      "部门",
      "departments",
      "departments",
      false,
      {{"id", "部门编号", "department id", K::kText, V::kNone, true, "部门的编号，干部表引用它",
        "the department's id, which cadres refer to", ""},
       {"name", "部门名称", "name", K::kText, V::kNone, false, "部门全称", "the full name", ""},
       {"plan.submitted", "工作计划报送日期", "plan submitted", K::kDate, V::kNone, false,
        "部门工作计划报送基层组织建设部的日期", "when the plan reached the 基层组织建设部", "三.1"},
       {"plan.names_contact_points", "计划列明联系点", "plan names contact points", K::kBool,
        V::kNone, false, "计划是否列明每名干部的联系点：是/否",
        "whether the plan names each cadre's contact points: 是/否", "三.1"}}};
}

SheetSpec CadresSheet() {
  return {
      "干部",
      "cadres",
      "cadres",
      false,
      {{"id", "干部编号", "cadre id", K::kText, V::kNone, true, "每名干部唯一的编号",
        "each cadre's unique id", ""},
       {"name", "姓名", "name", K::kText, V::kNone, false, "干部姓名", "the cadre's name", ""},
       {"department", "部门编号", "department", K::kText, V::kNone, true, "“部门”表中的部门编号",
        "a department id of sheet 部门", ""},
       {"rank", "职务", "rank", K::kTerm, V::kRanks, false, "从下拉列表选择",
        "choose from the list", "二.2"},
       {"organ_level", "所在机关层级", "organ level", K::kTerm, V::kLevels, true,
        "干部本人所在机关的层级（团省委机关为省级）", "the level of the cadre's own organ",
        "二.3.(2)"},
       {"category", "干部性质", "category", K::kTerm, V::kCategories, true, "专职、兼职或挂职",
        "full-time, part-time or seconded", "二.1"},
       {"participates", "是否参加", "participates", K::kBool, V::kNone, false,
        "兼职、挂职干部由部门决定：是/否",
        "the department's decision for part-time and "
        "seconded cadres: 是/否",
        "二.1"},
       {"exemption.approved_by", "免除批准单位", "exemption approved by", K::kText, V::kNone, false,
        "经党组批准不参加的，填批准单位", "who approved the exemption", "二.1"},
       {"exemption.approved_on", "免除批准日期", "exemption approved on", K::kDate, V::kNone, false,
        "批准日期", "the date of the approval", "二.1"},
       {"exemption.reason", "免除理由", "exemption reason", K::kText, V::kNone, false,
        "不参加的理由", "why the cadre does not take part", "二.1"},
       {"not_rated", "不评等次原因", "not rated", K::kTerm, V::kNotRatedReasons, false,
        "参加但本年度不评等次的原因", "why a participating cadre is not rated this year",
        "二.4.(2)"},
       {"tags", "标记", "tags", K::kTerms, V::kTags, false, "可填多个，用顿号分隔",
        "several allowed, separated by 、", "三.2"},
       {"task_list.approved_on", "任务清单审定日期", "task list approved on", K::kDate, V::kNone,
        false, "部门审定个人任务清单的日期", "when the department approved the task list", "二.3"},
       {"scores", "外部评分", "scores", K::kScores, V::kNone, false,
        "评分项=分值，如 report=0.9，多个用顿号分隔", "component=value, e.g. report=0.9",
        "二.4.(2)"},
       {"grade", "评定等次", "grade", K::kTerm, V::kGrades, false, "年终部门评定的等次",
        "the grade the department assigned at year end", "二.4.(2)"}}};
}

SheetSpec ContactPointsSheet() {
  return {"联系点",
          "contact_points",
          "contact_points",
          true,
          {kCadreColumn,
           {"id", "联系点编号", "contact point id", K::kText, V::kNone, true,
            "联系点编号，在同一干部内唯一，活动表引用它",
            "unique within the cadre; activities refer to it", "二.2"},
           {"name", "联系点名称", "name", K::kText, V::kNone, false, "基层组织全称",
            "the organisation's full name", "二.2"},
           {"kind", "联系点类型", "kind", K::kTerm, V::kContactPointKinds, true, "从下拉列表选择",
            "choose from the list", "二.2"},
           {"region", "所在地区", "region", K::kText, V::kNone, false, "如长沙市；网络组织可不填",
            "e.g. 长沙市; empty for an online organisation", "二.2"},
           {"source", "确定方式", "source", K::kTerm, V::kSources, false,
            "部门确定、个人选定或团市委推荐",
            "chosen by the department or the cadre, or "
            "recommended by a city committee",
            "二.2"},
           {"from", "联系起始日期", "from", K::kDate, V::kNone, false, "不填表示全年",
            "empty: from the start of the year", "二.2"},
           {"to", "联系截止日期", "to", K::kDate, V::kNone, false, "不填表示全年",
            "empty: to the end of the year", "二.2"}}};
}

SheetSpec ActivitiesSheet() {
  return {
      "活动",
      "activities",
      "activities",
      true,
      {kCadreColumn,
       {"id", "活动编号", "activity id", K::kText, V::kNone, true, "在同一干部内唯一，经费表引用它",
        "unique within the cadre; expense claims refer to it", ""},
       {"date", "活动日期", "date", K::kDate, V::kNone, true, "活动（首日）的日期",
        "the day of the activity (its first day)", "二.3"},
       {"kind", "活动类型", "kind", K::kTerm, V::kActivityKinds, true, "从下拉列表选择",
        "choose from the list", "二.3"},
       {"also", "同时计入类型", "also", K::kTerms, V::kActivityKinds, false,
        "一次活动同时属于其他类型的（如走访时谈心谈话），用顿号分隔",
        "further kinds the activity counts as, separated by 、", "二.3.(2)"},
       {"contact_point", "联系点编号", "contact point", K::kText, V::kNone, false,
        "在本人联系点开展的，填联系点编号", "the id of the contact point, if at one", "二.3.(4)"},
       {"mode", "活动方式", "mode", K::kTerm, V::kModes, false, "线下或线上，不填为线下",
        "in person or online; empty: in person", "二.3"},
       {"days", "天数", "days", K::kInteger, V::kNone, false, "连续在基层的天数，不填按政策默认",
        "consecutive days at the grassroots; empty: the policy's default", "二.3"},
       {"headcount", "人数", "headcount", K::kInteger, V::kNone, false, "当天接触的人数",
        "people met, as counted on the day", "二.3.(2)"},
       {"people", "对象编号", "people", K::kTextList, V::kNone, false,
        "接触对象的编号（如 y-0001），用顿号分隔；填写后按不同对象计数",
        "ids of the people met, separated by 、; when given they are counted distinctly",
        "二.3.(2)"},
       {"partner_level", "谈话对象层级", "partner level", K::kTerm, V::kLevels, false,
        "谈心谈话对象所在层级，用于“下跨一级”", "the talk partner's organ level (下跨一级)",
        "二.3.(2)"},
       {"area", "督导领域", "area", K::kTerm, V::kAreas, false, "督导活动所属领域",
        "the supervision area", "二.3.(4)"},
       {"evidence", "佐证材料", "evidence", K::kText, V::kNone, false, "记录、签到表、照片等",
        "minutes, sign-in sheets, photos", "二.4"}}};
}

SheetSpec SubmissionsSheet() {
  return {"提交",
          "submissions",
          "submissions",
          true,
          {kCadreColumn,
           {"kind", "材料类型", "kind", K::kTerm, V::kSubmissionKinds, true, "从下拉列表选择",
            "choose from the list", "二.3.(3)"},
           {"date", "提交日期", "date", K::kDate, V::kNone, true, "报送日期",
            "when it was handed in", "二.4.(1)"},
           {"title", "标题", "title", K::kText, V::kNone, false, "材料标题", "its title", ""}}};
}

SheetSpec ExpensesSheet() {
  return {"经费",
          "expenses",
          "expenses",
          true,
          {kCadreColumn,
           {"id", "报销编号", "claim id", K::kText, V::kNone, true, "在同一干部内唯一",
            "unique within the cadre", "二.5"},
           {"activity", "活动编号", "activity", K::kText, V::kNone, true, "费用所属的本人活动编号",
            "the id of the cadre's activity the cost belongs to", "二.5"},
           {"amount_cents", "金额（元）", "amount (yuan)", K::kMoney, V::kNone, true,
            "以元为单位，最多两位小数", "in yuan, at most two decimals", "二.5"},
           {"date", "报销日期", "date", K::kDate, V::kNone, false, "报销日期", "the claim's date",
            "二.5"}}};
}

std::vector<SheetSpec> MakeSheets() {
  return {DepartmentsSheet(), CadresSheet(),      ContactPointsSheet(),
          ActivitiesSheet(),  SubmissionsSheet(), ExpensesSheet()};
}

}  // namespace

const std::vector<SheetSpec>& LedgerSheets() {
  static const std::vector<SheetSpec>* const sheets = new std::vector<SheetSpec>(MakeSheets());
  return *sheets;
}

}  // namespace liaison::ledger
