import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

const peopleIn = (text: string) => analyze(text).people.flatMap((p) => p.mentions.map((m) => m.text));
const companiesIn = (text: string) => analyze(text).companies.flatMap((c) => c.mentions.map((m) => m.text));

describe('people', () => {
  test.each([
    ['a title before the name', '星澜资本合伙人秦墨表示，估值仍然偏高。', ['秦墨']],
    ['a title after the name', '据宋知远行长介绍，不良率已经见顶。', ['宋知远']],
    ['a compound surname', '上官明远董事长看来，芯片国产化刚刚开始。', ['上官明远']],
    ['a speech verb', '分析师林嘉铭认为，今年的价格战不会停。', ['林嘉铭']],
    ['a verb only people do', '周立衡出任董事长后，公司改了战略。', ['周立衡']],
    ['a form of address', '董事会提名韩启明先生为独立董事。', ['韩启明']],
    ['a list after a title', '股东孟远航、邱晓岚、葛振东计划减持。', ['孟远航', '邱晓岚', '葛振东']],
    ['a list of names with forms of address', '会议选举沈卓然先生、赵一鸣女士为董事。', ['沈卓然', '赵一鸣']],
    ['a title ending in a surname character (官)', '首席市场官王宁表示，渠道很重要。', ['王宁']],
    ['a byline with a slash', '摄影/赵志成', ['赵志成']],
    ['a relative after a kinship word', '公司实际控制人为程远航，程远航之弟程远帆持股18%。', ['程远帆']],
    ['a list of transliterated names', '那一代数学家里，欧拉、高斯、黎曼、希尔伯特等人都留下了名字。', ['欧拉', '高斯', '黎曼', '希尔伯特']],
    ['list items however jieba cut them', '股东孟远航、何然、谭丽娜、葛振东计划减持。', ['孟远航', '何然', '谭丽娜', '葛振东']],
    ['a transliterated name written in full', '这家基金由克里斯托弗·兰德尔执掌多年。', ['克里斯托弗·兰德尔']],
    ['an interview speaker label', '记者：市场还会好吗？\n聂远东：短期看不到拐点。', ['聂远东']],
    ['the maker of a work', '展出了吕青禾的《江岸》和一批新作。', ['吕青禾']],
    ['a speaker with a circumstance before the verb', '罗志坚在接受采访时表示，回购会继续。', ['罗志坚']],
    ['a Latin name after a title', '高盛分析师DavidReece表示，增长放缓。', ['DavidReece']],
    ['a three-character word jieba tags as a person', '昨天，赵振宇来到了工地。', ['赵振宇']],
    ['a teacher as a form of address', '这也是周岩老师第三次猜中。', ['周岩']],
    ['writers listed in a byline with no joiner', '（记者韩冬卢阳）', ['韩冬', '卢阳']],
    ['a list of Chinese names jieba reads as words', '参展的有齐白石、张大千、潘天寿的作品。', ['齐白石', '张大千', '潘天寿']],
    ['a name before a city', '如今林晓舟香港账户里的钱可以自由进出。', ['林晓舟']],
    ['a lone surname tagged a name and a given name jieba reads as a word', '吴彩欣已经开了两家店。', ['吴彩欣']],
    ['a lone surname tagged a name and a given name jieba reads as a verb', '李创新给我们讲了创业的经历。', ['李创新']],
    ['a lone surname tagged a name and a given name jieba tags nrfg', '他结识了钱澜舟、赵志远等人。', ['钱澜舟', '赵志远']],
    ['a pen name in a byline closed by a bracket', '（实习编辑雨桐）', ['雨桐']],
    ['a pen name in a byline before a dateline', '本报记者岚川北京报道', ['岚川']],
    ['a transliterated name after a title', '这次请来的是技术主管卡尔森。', ['卡尔森']],
    ['a title in capitals written in lower case', '基金会ceo穆兰德的年薪很高。', ['穆兰德']],
    ['小 before a transliterated name, marking the son', '失去小西蒙尼之后，球队很被动。', ['小西蒙尼']],
    ['a rare last character jieba leaves alone', '他听说韦思璟不想留在本地了。', ['韦思璟']],
    ['a two-character name before a time word', '副主任苗岚上月曾表示，方案还在讨论。', ['苗岚']],
    ['a word jieba has never seen before a form of address', '感谢开霁先生的帮助。', ['开霁']],
    ['a Latin name before a form of address', '你好，Lindqvist先生。', ['Lindqvist']],
    ['a Latin name opening the clause of a speech verb', 'Halvorsen在接受采访时表示，游戏会如期发售。', ['Halvorsen']],
    ['three-character names jieba has never seen', '此后，蒋理仲和邹树达都离开了公司。', ['蒋理仲', '邹树达']],
    ['小姐 as a form of address', '刚才田露露小姐说得很好。', ['田露露']],
    ['a speaker with adverbs before the verb', '费尔南德斯随后表示，价格会涨。', ['费尔南德斯']],
    ['a transliterated name after a nationality', '西班牙人阿尔瓦雷斯的离开让球队很被动。', ['阿尔瓦雷斯']],
    ['a transliterated name with its original in brackets', '人称“小贝克汉姆”的卡莱罗（calero）状态很好。', ['卡莱罗']],
  ])('%s: %s', (_, text, expected) => {
    expect(peopleIn(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['a surname and a title', '主管孙先生告诉记者，货已经发出。'],
    ['a surname and a job', '王经理表示，利率还会下调。'],
    ['an adverb that is also a surname', '基金会理事长都遭到了质疑。'],
    ['a verb that is also a surname', '他也祝刘教授一切顺利。'],
    ['a name inside a title of a work', '《张骞西行记》是一部老电影。'],
    ['a name inside a title of a work whose opening mark is cut off', '杜甫诗选》一书很受欢迎。'],
    ['a place named after a person', '我们参观了绍兴的鲁迅纪念馆。'],
    ['a word before a bound noun character', '行程从郑坪邑出发。'],
    ['the object of a verb whose object is a company', '集团还控股南钢，并收购了一家矿企。'],
    ['a palace before a speech verb', '白金汉宫宣布，展览延期。'],
    ['a title read across two words', '园区长江路今天通车。'],
    ['a person tag on part of an idiom', '他们拿出了真金白银支持项目。'],
    ['a person tag on a verb and its object', '买家需要先付定金再签约。'],
    ['a new two-character word before a noun', '从全链用户角度看，差别不大。'],
    ['a one-character byline role inside a word', '这家机构的英文全称很长。'],
    ['a speech verb opening a longer word', '公司获得了多项荣誉称号。'],
    ['a title before a speech verb', '董秘说产能很充足。'],
    ['a list of transliterated places', '航线覆盖伦敦、巴黎、纽约和迪拜。'],
    ['a would-be surname closing the word before it', '外贸业务新签订单高增长。'],
    ['a word glued to the next in a headline', '回购与分红成新常态'],
    ['a word running on past a title', '我们请来了医学界的权威人士。'],
    ['a word running on past a speech verb', '强烈建议提前预订。'],
    ['a two-character word jieba knows before a title', '几位明星选手上场了。'],
    ['a noun jieba knows before a title', '他是一位卡通画家。'],
    ['what is said after a title and a colon', '主持人：谢谢王总，也谢谢各位。'],
    ['a would-be name opening with a title', '这位高管只说了两点。'],
    ['a label made of an everyday word', '原作品：《远山》'],
    ['an office abbreviation before a title', '维稳办主任、副主任出席。'],
    ['a company after a word that introduces one', '据开发商斯特拉莫表示，补丁下周推出。'],
    ['a place written like a rare name', '辛营项目的经理说，辛营经适房已经开工。'],
    ['a nationality alone', '英国人不喜欢这种天气。'],
    ['a unit after a figure', '交货周期由年初的8周延长至14周。'],
  ])('no person from %s: %s', (_, text) => {
    expect(peopleIn(text)).toEqual([]);
  });

  test('a speech verb does not take a title\'s last character as a surname', () => {
    expect(peopleIn('外交官王明表示，谈判仍在继续。')).toEqual(['王明']);
  });

  test('an organisation listed before a title is no name', () => {
    expect(peopleIn('董事长林远山、南理工副校长何书平出席。')).toEqual(['林远山', '何书平']);
  });

  test('the start of a transliterated name jieba split is no name of its own', () => {
    expect(peopleIn('电影由动作明星布迪罗斯(Bud')).not.toContain('布迪');
  });

  test('a byline role after a slash is no name', () => {
    expect(peopleIn('文/特约评论员 沈既白')).toEqual(['沈既白']);
  });

  test('a name inside the title of a work is no mention of the person', () => {
    const text = '在电影《叶问》里，甄子丹饰演叶问。';
    const person = analyze(text).people.find((p) => p.name === '叶问');
    expect(person?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('叶问')]);
  });

  test('a transliterated full name and its surname are one person', () => {
    const { people } = analyze('托马斯·韦伯创办了这家公司。后来韦伯表示，他不后悔。');
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain('韦伯');
  });

  test('a person is named by the longest form, even where the surname alone comes first', () => {
    const { people } = analyze('韦斯特称新品将推迟\n加里·韦斯特表示，新品将推迟发布。韦斯特说，原因是芯片短缺。');
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['加里·韦斯特', ['韦斯特']]]);
  });

  test('an original name in brackets names the person without counting as another mention', () => {
    const withOriginal = analyze('星岚集团亚太区总裁奥斯卡·林德(Oscar Linde)昨天到访。会后，卡洛·贝蒂尼和奥斯卡·林德共进午餐，贝蒂尼又谈了一小时。');
    expect(withOriginal.people.map((p) => [p.name, p.salience])).toEqual([
      ['奥斯卡·林德', expect.any(Number)],
      ['卡洛·贝蒂尼', expect.any(Number)],
    ]);
    const [linde, bettini] = withOriginal.people;
    expect(linde?.mentions).toHaveLength(3);
    // Two mentions each: neither is more salient by frequency; both appear early.
    expect(linde?.salience).toBe(bettini?.salience);
  });
});

describe('companies', () => {
  test.each([
    ['a branch of a known bank', '招商银行杭州分行零售部相关人士表示，额度不变。', ['招商银行杭州分行']],
    ['a stock code after a $ sign', '$晨曦航材(SZ300123)$今天涨停。', ['晨曦航材']],
    ['an amount before a stock name', '两机构买2716万星岚电子（605117）。', ['星岚电子']],
    ['a list next to a company', '晨曦股份、华韵科技、明泰电子等个股涨停。', ['华韵科技', '明泰电子']],
    ['a registered name after another', '江苏恒川股份有限公司子公司星河证券有限责任公司收到问询函。', ['星河证券有限责任公司']],
    ['a place before a bank', '在深圳福田的星海银行营业部开户。', ['星海银行']],
    ['a registered name after a description ending in 的', '同在杭州的蜂巢星选传媒有限公司今年停止运营。', ['蜂巢星选传媒有限公司']],
    ['a registered name holding a known name that ends in 的', '佛山美的智能家居有限公司发布公告。', ['佛山美的智能家居有限公司']],
    ['a name whose last character jieba lent to the next word', '建行为52元，工行为39元。', ['建行', '工行']],
    ['an everyday-word name in a list of companies', '美的、格力电器、海尔智家都上调了价格。', ['美的']],
    ['a known name ending in 的', '美的发布了半年报。', ['美的']],
    ['a place and a bank after a preposition', '除宁波银行外，多数银行没有跟进。', ['宁波银行']],
  ])('%s: %s', (_, text, expected) => {
    expect(companiesIn(text)).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    ['an everyday word before a title', '外汇分析师罗兰德表示，英镑承压。', '外汇'],
    ['a place before a public office', '据报道，得克萨斯州州长艾伯特表示将取消限制。', '得克萨斯州'],
    ['a medium before a byline role', '晨光晚报记者林涛报道。', '晨光晚报'],
    ['a description ending in 的', '同在杭州的蜂巢星选传媒有限公司今年停止运营。', '杭州的蜂巢星选传媒有限公司'],
    ['an exchange', '上海期货交易所黄金主力合约收涨。', '上海期货'],
    ['a kind of bank', '上市银行净息差继续收窄。', '上市银行'],
    ['an industry word opening a compound with 行业', '香港证券行业人士表示，估值偏高。', '香港证券'],
    ['a preposition glued to a bank', '除宁波银行外，多数银行没有跟进。', '除宁波银行'],
    ['an everyday word whose last character jieba lent', '这种美的确很少见。', '美'],
    ['a company name going on as a place', '过了华侨城湾就是海滩。', '华侨城'],
    ['a company name going on as a venue', '我们去了长隆度假区。', '长隆'],
  ])('no company from %s: %s', (_, text, notExpected) => {
    expect(companiesIn(text)).not.toContain(notExpected);
  });
});

describe('roles', () => {
  const rolesOf = (text: string, name: string) => analyze(text).people.find((p) => p.name === name)?.roles;
  test.each([
    ['an organisation and a title', '星澜资本合伙人秦墨表示，估值仍然偏高。', '秦墨', [{ title: '合伙人', org: '星澜资本', former: false }]],
    ['a sector inside the title', '据悉，中金公司电力设备分析师罗静怡表示，订单饱满。', '罗静怡', [{ title: '电力设备分析师', org: '中金公司', former: false }]],
    ['a department inside the title', '汇诚资本研究部主管林咏珊指出，估值偏高。', '林咏珊', [{ title: '研究部主管', org: '汇诚资本', former: false }]],
    ['the paper the text appears in', '本报记者 谭晓岚 北京报道', '谭晓岚', [{ title: '记者', org: null, former: false }]],
    ['a title opening with a verb', '据了解，观澜资本创始合伙人陆闻舟表示，估值偏高。', '陆闻舟', [{ title: '创始合伙人', org: '观澜资本', former: false }]],
    ['a company, 的, a name and its title', '领投方红杉中国的郑岚合伙人认为，估值合理。', '郑岚', [{ title: '合伙人', org: '红杉中国', former: false }]],
    [
      'two titles joined by 兼',
      '美的集团副总裁兼财务总监郑宏毅表示，毛利率会回升。',
      '郑宏毅',
      [
        { title: '副总裁', org: '美的集团', former: false },
        { title: '财务总监', org: '美的集团', former: false },
      ],
    ],
  ])('%s: %s', (_, text, name, expected) => {
    expect(rolesOf(text, name)).toEqual(expected);
  });

  test('a company found whole is the organisation, where the words before the title cut it short', () => {
    const text = '苏州和沐生物医药股份有限公司（下称“和沐生物”）发布公告。和沐生物董事长夏知远表示，新药进展顺利。';
    expect(rolesOf(text, '夏知远')).toEqual([{ title: '董事长', org: '和沐生物', former: false }]);
  });
});
