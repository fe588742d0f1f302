namespace Pipeline.Core.Tests.Dedup;

/// <summary>Invented article texts for the dedup tests, paragraphs joined as the normalizer joins them.</summary>
internal static class Texts
{
    public static readonly string[] HarbourStory =
    [
        "The harbour authority of Port Ellery voted on Thursday to close the old north pier to all commercial traffic from the first of March, ending more than a century of cargo handling at the site.",
        "Engineers had warned for several years that the timber piles under the pier were rotting faster than expected, and a survey completed in the autumn found that nearly a third of them could no longer carry a loaded truck.",
        "The decision was taken by seven votes to two after a long and at times heated meeting in the town hall, where fishermen and dock workers filled the public gallery and several speakers asked the board to delay the vote.",
        "Marta Kessling, who chairs the authority, said the board had no safe alternative. \"We cannot ask people to work on a structure that our own engineers tell us may fail,\" she said after the vote.",
        "Cargo that now comes in at the north pier, mostly timber and road salt, will be moved to the container terminal on the south side of the bay, which the authority says has enough spare capacity for the next five years.",
        "The fishing fleet will be allowed to keep using the inner basin behind the pier for at least another two seasons while the authority looks for money to build a new landing stage closer to the fish market.",
        "A full replacement of the pier has been estimated at around forty million euros, a sum the authority cannot raise on its own. It has asked the regional government for a grant and expects an answer before the summer.",
        "Local businesses near the harbour fear that the closure will take trade away from the old town. The owner of a café opposite the pier said that half of her morning customers were drivers waiting to unload.",
    ];

    /// <summary>A follow-up a week later: two paragraphs of background repeated, the rest new.</summary>
    public static readonly string[] HarbourFollowUp =
    [
        "Dock workers in Port Ellery walked out on Wednesday in protest against the closure of the old north pier, a week after the harbour authority voted to end commercial traffic there from the first of March.",
        "Engineers had warned for several years that the timber piles under the pier were rotting faster than expected, and a survey completed in the autumn found that nearly a third of them could no longer carry a loaded truck.",
        "About two hundred workers gathered outside the authority's offices in the morning, carrying banners that called for the pier to be repaired rather than closed, and blocked the road to the south terminal for an hour.",
        "Union representative Jonas Aberle said the workers had been given no guarantee that their jobs would move with the cargo. \"Nobody has told us who will work at the south terminal or on what terms,\" he said.",
        "The authority said in a statement that it would meet the union on Friday and that it expected most of the work now done at the north pier to move to the container terminal without any loss of jobs.",
        "A full replacement of the pier has been estimated at around forty million euros, a sum the authority cannot raise on its own. It has asked the regional government for a grant and expects an answer before the summer.",
        "The regional transport minister, asked about the grant on Wednesday, said only that the request was being studied together with several other harbour projects along the coast and that no decision had been made.",
    ];

    /// <summary>Two police briefs of 20 words that differ in one word: different events, nearly the same shingles.</summary>
    public const string BriefMonday = "Police said a 34-year-old man was arrested after a break-in at a pharmacy on Mill Street and will appear in court on Monday.";

    public const string BriefTuesday = "Police said a 34-year-old man was arrested after a break-in at a pharmacy on Mill Street and will appear in court on Tuesday.";

    public static readonly string[] ChineseStory =
    [
        "本市交通部门周四宣布，从下个月起，连接东区和老城的三条公交线路将改为全天运营，首班车提前到早上五点半，末班车推迟到晚上十一点。",
        "交通部门负责人表示，这项调整是根据去年的乘客调查做出的。调查显示，超过四成的受访者在早上六点前或晚上十点后需要乘坐公交车上下班，但现有线路无法满足这一需求。",
        "为了配合新的运营时间，公交公司将新增二十辆电动公交车，并招聘约六十名司机。新车辆预计在月底前全部交付，司机培训已经在上周开始。",
        "部分市民对这一消息表示欢迎。一位在医院上夜班的护士说，她过去每天下班后只能打车回家，每月要多花好几百元，新的安排将为她节省不少开支。",
        "不过，也有居民担心夜间公交车会带来噪音。交通部门回应说，新投入的电动公交车噪音明显低于旧车，夜间车辆进站时也不会使用广播提示。",
        "交通部门还表示，如果三个月的试运行效果良好，明年将考虑把全天运营扩大到其他五条客流量较大的线路。",
    ];

    public static readonly string[] ChineseOtherStory =
    [
        "本市图书馆周二宣布，中心馆将从下个月起延长开放时间，周末开放到晚上九点，并在一楼新设一个面向中学生的自习区。",
        "图书馆馆长介绍说，近两年来周末到馆的读者人数增长很快，尤其是考试前后，自习座位经常在上午九点前就被占满，不少学生只能在走廊里看书。",
        "新的自习区将提供一百二十个座位，每个座位都配有台灯和电源插座。图书馆还计划在考试季期间安排志愿者，为学生提供查找资料的帮助。",
        "一些家长对这一安排表示支持，认为这为孩子提供了一个安静的学习环境。也有读者建议图书馆在工作日同样延长开放时间。",
        "馆方表示，将根据试行期间的读者反馈，决定是否在明年进一步调整工作日的开放时间。",
    ];

    public static string Body(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
