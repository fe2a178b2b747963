# Deterministic generator of a year's ledgers for benchmarks (fictional data).
#   awk -v kind=members|units|proposals -v rows=N -f scripts/lib/gen-ledger.awk
# Proposals: realistic Chinese titles, bodies of 300–600 characters with quotes,
# commas and line breaks, co-signers and handling units; most rows are concluded.
#
# Several years up to an as-of date (scripts/bench-report), dated from January of
# first_year (default: three years before as_of) to the month before as_of, in date order:
#   awk -v kind=proposals -v as_of=YYYY-MM-DD [-v first_year=Y] -v rows=N -v members=M …
#     the same titles and bodies with a session per year and every category; most
#     concluded (some late, some without feedback), some not filed; the last months
#     still in hand: submitted (waiting review), filed, assigned and rehandling with due
#     dates around as_of, replied
#   awk -v kind=studios -v rows=N -v members=M      studios of 10 members each (members
#     1..10N, who must exist), half of them brand studios
#   awk -v kind=activities -v as_of=… -v rows=N -v members=M -v studios=S
#     every shipped kind, under Chinese labels; ~45% organised by a studio among its
#     members (visits, micro-consultations, study, exchange with outcome counts), the
#     rest by the office, a plenary of every member now and then
#   awk -v kind=articles -v as_of=… -v rows=N -v members=M   levels 区级 … 国家级, 0–3 authors
#   awk -v kind=opinions -v as_of=… -v rows=N -v members=M   received, compiled (some
#     adopted at one or more levels, some with a leader's instruction) or not used
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) % n }
function pick(list, count) { return list[rnd(count) + 1] }
function csv(s) { gsub(/"/, "\"\"", s); return "\"" s "\"" }
function pad2(n) { return n < 10 ? "0" n : n }
function mname(p) { return sur[(p - 1) % nsur + 1] giv[int((p - 1) / nsur) % ngiv + 1] (p > nsur * ngiv ? p : "") }
# mi: a month index, year * 12 + month - 1.
function ymd(mi, d) { return sprintf("%04d-%02d-%02d", int(mi / 12), mi % 12 + 1, d) }
function gcd(a, b) { return b == 0 ? a : gcd(b, a % b) }
# Members c0 .. c0+n-1 of the sequence from member k in steps coprime with nmem (n distinct
# members when c0 + n <= nmem), joined by sep.
function seq(k, c0, n, sep,   out, c) {
  out = "";
  for (c = c0; c < c0 + n; c++) out = out (c > c0 ? sep : "") mname((k - 1 + c * step) % nmem + 1);
  return out
}
function names(k, n, sep) { return seq(k, 0, n, sep) }
# The span of dated kinds: months first_mi .. as_mi - 1; row i of rows falls in month_of(i).
function span_from(as_of,   t) {
  if (as_of !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) { print "gen-ledger: " kind " needs -v as_of=YYYY-MM-DD" > "/dev/stderr"; exit 2 }
  split(as_of, t, "-"); as_mi = t[1] * 12 + t[2] - 1;
  fy = first_year != "" ? first_year + 0 : t[1] - 3; first_mi = fy * 12; span = as_mi - first_mi;
  nmem = members + 0; if (nmem < 10) { print "gen-ledger: " kind " needs -v members=M (10 or more)" > "/dev/stderr"; exit 2 }
  step = 37; while (gcd(step, nmem) != 1) step++;
}
function month_of(i) { return first_mi + int((i - 1) * span / rows) }
# -v bodies=varied (scripts/bench-similar): bodies of words drawn from 4,000, the common
# ones far more often (as proposals share 群众, 部门 … but not their sentences), instead of
# the nine sentences every other body repeats; every 40th row says an earlier one's matter
# again (its body from the 21st character on, and a sentence of its own).
function varied_body(i, want,   out, w, n, at) {
  if (nwords == 0) {
    srand(2023); # rnd()'s products lose bits in a double: its streams repeat within a few rows
    nchars = nchars = split("的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于 出 就 分 对 成 会 可 主 发 年 动 同 工 也 能 下 过 子 说 产 种 面 而 方 后 多 定 行 学 法 所 民 得 经 十 三 之 进 着 等 部 度 家 电 力 里 如 水 化 高 自 二 理 起 小 物 现 实 加 量 都 两 体 制 机 当 使 点 从 业 本 去 把 性 好 应 开 它 合 还 因 由 其 些 然 前 外 天 政 四 日 那 社 义 事 平 形 相 全 表 间 样 与 关 各 重 新 线 内 数 正 心 反 你 明 看 原 又 么 利 比 或 但 质 气 第 向 道 命 此 变 条 只 没 结 解 问 意 建 月 公 无 系 军 很 情 者 最 立 代 想 已 通 并 提 直 题 党 程 展 五 果 料 象 员 革 位 入 常 文 总 次 品 式 活 设 及 管 特 件 长 求 老 头 基 资 边 流 路 级 少 图 山 统 接 知 较 将 组 见 计 别 她 手 角 期 根 论 运 农 指 几 九 区 强 放 决 西 被 干 做 必 战 先 回 则 任 取 据 处 队 南 给 色 光 门 即 保 治 北 造 百 规 热 领 七 海 口 东 导 器 压 志 世 金 增 争 济 阶 油 思 术 极 交 受 联 什 认 六 共 权 收 证 改 清 己 美 再 采 转 更 单 风 切 打 白 教 速 花 带 安 场 身 车 例 真 务 具 万 每 目 至 达 走 积 示 议 声 报 斗 完 类 八 离 华 名 确 才 科 张 信 马 节 话 米 整 空 元 况 今 集 温 传 土 许 步 群 广 石 记 需 段 研 界 拉 林 律 叫 且 究 观 越 织 装 影 算 低 持 音 众 书 布 复 容 儿 须 际 商 非 验 连 断 深 难 近 矿 千 周 委 素 技 备 半 办 青 省 列 习 响 约 支 般 史 感 劳 便 团 往 酸 历 市 克 何 除 消 构 府 称 太 准 精 值 号 率 族 维 划 选 标 写 存 候 毛 亲 快 效 斯 院 查 江 型 眼 王 按 格 养 易 置 派 层 片 始 却 专 状 育 厂 京 识 适 属 圆 包 火 住 调 满 县 局 照 参 红 细 引 听 该 铁 价 严 龙 飞", chars, " ");
    for (w = 1; w <= 4000; w++) word[w] = chars[int(rand() * nchars) + 1] chars[int(rand() * nchars) + 1] (rand() < 0.33 ? chars[int(rand() * nchars) + 1] : "");
    nwords = 4000;
  }
  if (i % 40 == 0 && recent[(i - 17) % 64] != "") {
    out = substr(recent[(i - 17) % 64], 61); # 3-byte characters only: 20 of them off
    for (n = 0; n < 12; n++) out = out word[int(nwords * rand() ^ 3) + 1];
    return out "。"
  }
  out = "";
  while (length(out) < want) {
    out = out word[int(nwords * rand() ^ 3) + 1];
    if (rand() < 0.125) out = out (rand() < 0.33 ? "。" : "，");
  }
  recent[i % 64] = out;
  return out
}
BEGIN {
  seed = seed == "" ? 20231 : seed + 0; # -v seed=N: another data set of the same shape
  nsur = split("张 李 王 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧", sur, " ");
  ngiv = split("明 华 芳 伟 静 磊 敏 强 军 丽 娟 洋 勇 艳 杰 涛 超 霞 平 刚 玲 鹏 辉 燕 斌 红 波 宁 晨 欣", giv, " ");
  nsec = split("教育界 经济界 医药卫生界 农业界 文化艺术界 科技界 社会科学界 工商联 妇联 共青团", sec, " ");
  npar = split("民革 民盟 民建 民进 农工党 致公党 九三学社 中共 无党派 群众", par, " ");
  nunit = split("区水利局 区住建局 区教体局 区卫健局 区交通运输局 区农业农村局 区自然资源局 区生态环境分局 区市场监管局 区人社局 区民政局 区文旅局 区城管局 区发改局 区财政局 区商务局 区应急管理局 区公安分局 区司法局 区林业局 区医保局 区退役军人事务局 区统计局 区审计局 区信访局 区供销社 区融媒体中心 区税务局 区供电分公司 区自来水公司", unit, " ");
  ntop = split("城区供水管网改造 乡村旅游发展 中小学课后服务 基层医疗卫生服务能力 农村人居环境整治 老旧小区改造 职业教育高质量发展 中医药传承创新 农产品品牌建设 城市停车难问题 养老服务体系建设 河道生态治理 文明城市创建 营商环境优化 返乡创业扶持 茶产业提质增效 富硒产业发展 防汛减灾能力 公共文化服务 城乡公交一体化", top, " ");
  nlead = split("关于加强 关于推进 关于进一步做好 关于完善 关于加快 关于促进", lead, " ");
  nph = split("近年来，我区在该领域取得了一定成效，但仍存在一些突出问题。|据调研，群众反映“办事难、办事慢”的问题依然存在，部分群众表示“希望尽快解决”。|一是资金投入不足，二是部门协调不够，三是长效机制尚未建立。|建议区政府牵头，统筹发改、财政、住建等部门，制定专项工作方案。|要坚持以人民为中心的发展思想，把群众满意作为工作的出发点和落脚点。|同时，建议加大宣传力度，营造全社会共同参与的良好氛围，形成工作合力。|具体建议如下：（一）完善制度设计；（二）强化要素保障；（三）健全考核评价。|临江小区供水管网破损，引发水费高企，群众意见较大，亟需“一揽子”解决。|群众称之为\"民心工程\"，希望把这件好事办好、实事办实。", ph, "|");
  if (kind == "members") {
    print "code,name,gender,party,sector,workplace,phone,standing,roles";
    for (i = 1; i <= rows; i++)
      printf "W%05d,%s%s%s,%s,%s,%s,%s,1380000%04d,%s,%s\n", i, sur[(i - 1) % nsur + 1],
        giv[int((i - 1) / nsur) % ngiv + 1], (i > nsur * ngiv ? i : ""), (i % 2 ? "男" : "女"),
        pick(par, npar), pick(sec, nsec), "汉滨区某单位", i % 10000, (i % 7 == 0 ? "是" : "否"),
        (i % 17 == 0 ? "特约宣传信息员" : "");
  } else if (kind == "units") {
    print "name,kind,contact,phone";
    for (i = 1; i <= nunit; i++) printf "%s,government,联系人%d,0915-32%05d\n", unit[i], i, i;
  } else if (kind == "proposals" && as_of != "") {
    span_from(as_of);
    nses = split("十六届一次会议 十六届二次会议 十六届三次会议 十六届四次会议 十六届五次会议", ses, " ");
    ncat = split("经济建设 政治建设 文化建设 社会建设 生态文明建设 其他", cat, " ");
    print "code,title,body,proposer,cosigners,category,session,submitted,status,filed,reject_reason,lead_units,joint_units,assigned,replied,result,feedback,concluded,key,key_leader";
    for (i = 1; i <= rows; i++) {
      title = pick(lead, nlead) pick(top, ntop) "的建议";
      body = ""; want = 3 * (300 + rnd(301));
      if (bodies == "varied") body = varied_body(i, want);
      else while (length(body) < want) body = body pick(ph, nph) (rnd(4) == 0 ? "\n" : "");
      p = rnd(nmem) + 1; proposer = mname(p);
      co = ""; nco = rnd(4);
      for (k = 0; k < nco; k++) { c = rnd(nmem) + 1; if (c != p) co = co (co == "" ? "" : "；") mname(c) }
      sm = month_of(i); d = rnd(28) + 1; age = as_mi - sm; y = int(sm / 12);
      session = y - fy < nses ? ses[y - fy + 1] : y "年会议";
      fd = d + rnd(29 - d);
      l = pick(unit, nunit); j = pick(unit, nunit); if (j == l) j = "";
      x = rnd(100); result = x < 60 ? "A" : x < 90 ? "B" : x < 97 ? "C" : "D";
      feedback = rnd(5) ? "满意" : "基本满意";
      q = rnd(100);
      # status, then the dates as month offsets from sm (-1: none): filed, assigned, replied, concluded
      if (age >= 8) {                       # long concluded (or not filed)
        if (q < 5) { status = "not_filed"; fo = ao = ro = cno = -1 }
        else if (q < 8) { status = "concluded"; fo = 0; ao = 1; ro = 5; cno = 6 }   # replied late
        else if (q < 10) { status = "concluded"; fo = 0; ao = 1; ro = 3; cno = 5; feedback = "" }
        else { status = "concluded"; fo = 0; ao = 1; ro = 3; cno = 4 }
      } else if (age <= 2) {                # waiting review or assignment
        if (q < 3) { status = "submitted"; fo = ao = ro = cno = -1 }
        else if (q < 5) { status = "not_filed"; fo = ao = ro = cno = -1 }
        else { status = "filed"; fo = 0; ao = ro = cno = -1 }
      } else if (q >= 95) { status = "not_filed"; fo = ao = ro = cno = -1 }
      else if (q < 5 && age <= 5) { status = "assigned"; fo = 0; ao = 1; ro = cno = -1 }  # due around as_of
      else if (q < 6 && age <= 5) { status = "rehandling"; fo = 0; ao = 1; ro = 2; cno = -1; result = "C"; feedback = "不满意" }
      else if (q < 30 || age <= 3) { status = "replied"; fo = 0; ao = 1; ro = 2; cno = -1 }
      else { status = "concluded"; fo = 0; ao = 1; ro = 2; cno = 3 }
      if (status != "concluded" && status != "rehandling") feedback = "";
      key = fo >= 0 && rnd(100) == 0;
      printf "P%07d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", i, title, csv(body), proposer, co,
        pick(cat, ncat), session, ymd(sm, d), status, (fo >= 0 ? ymd(sm, fd) : ""),
        (status == "not_filed" ? "内容空泛无具体建议" : ""), (ao >= 0 ? l : ""), (ao >= 0 ? j : ""),
        (ao >= 0 ? ymd(sm + ao, d) : ""), (ro >= 0 ? ymd(sm + ro, d) : ""), (ro >= 0 ? result : ""),
        feedback, (cno >= 0 ? ymd(sm + cno, d) : ""), (key ? "是" : ""), (key ? "区政协主席" : "");
    }
  } else if (kind == "studios") {
    nmem = members + 0; step = 1;
    if (nmem < 10 * rows) { print "gen-ledger: studios need -v members=M of at least 10 per studio" > "/dev/stderr"; exit 2 }
    npl = split("江北街道 江南街道 老城街道 新城街道 滨江街道 白鹭镇 茶溪镇 柳湾镇 桂花社区 望江社区 双河镇 石门镇 青山镇 龙泉镇 花园镇 梨园镇 枫林镇 松岭镇 竹溪镇 月河镇", pl, " ");
    print "name,lead,members,place,brand,observation_point";
    for (i = 1; i <= rows; i++)
      printf "%s%s委员工作室,%s,%s,%s便民服务中心,%s,%s\n", pl[(i - 1) % npl + 1], (i > npl ? i : ""),
        mname((i - 1) * 10 + 1), names((i - 1) * 10 + 1, 10, "、"), pl[(i - 1) % npl + 1],
        (i % 2 ? "是" : "否"), (i % 3 ? "否" : "是");
  } else if (kind == "activities") {
    span_from(as_of); nstudio = studios + 0;
    npl = split("江北街道 江南街道 老城街道 新城街道 滨江街道 白鹭镇 茶溪镇 柳湾镇 桂花社区 望江社区 双河镇 石门镇 青山镇 龙泉镇 花园镇 梨园镇 枫林镇 松岭镇 竹溪镇 月河镇", pl, " ");
    # office kinds by weight (the plenary comes every 2000th row)
    nok = split("集体学习 集体学习 集体学习 调研 调研 视察 视察 协商 协商 民主监督 民主监督 联谊交流 联谊交流 联谊交流 文史书画 文史书画 接待来访考察 接待来访考察", okind, " ");
    nsk = split("走访 走访 走访 走访 微协商 微协商 微协商 集体学习 集体学习 联谊交流 联谊交流", skind, " ");
    print "code,kind,date,title,studio,participants,excused,absent,suggestions,disputes_resolved,problems_solved";
    for (i = 1; i <= rows; i++) {
      mi = month_of(i); date = ymd(mi, rnd(28) + 1); topic = pick(top, ntop);
      excused = absent = ""; sug = dis = sol = 0;
      if (i % 2000 == 1) {
        k = "全会"; studio = ""; title = "政协第十六届委员会第" (int(i / 2000) + 1) "次全体会议";
        # every member: three excused and two absent, the others present
        first = rnd(nmem) + 1;
        participants = seq(first, 0, nmem - 5, "、");
        excused = seq(first, nmem - 5, 3, "、"); absent = seq(first, nmem - 2, 2, "、");
      } else if (nstudio > 0 && rnd(100) < 45) {
        s = rnd(nstudio) + 1; k = pick(skind, nsk);
        studio = pl[(s - 1) % npl + 1] (s > npl ? s : "") "委员工作室";
        title = pl[(s - 1) % npl + 1] topic (k == "集体学习" ? "学习" : k);
        participants = ""; n = 2 + rnd(5); first = (s - 1) * 10 + 1 + rnd(11 - n);   # its own members
        for (c = first; c < first + n; c++) participants = participants (c > first ? "、" : "") mname(c);
        if (k == "走访" || k == "微协商") { sug = rnd(4); dis = rnd(3); sol = rnd(2) }
        else if (rnd(4) == 0) sol = 1;
      } else {
        k = pick(okind, nok); studio = "";
        title = "围绕" topic "开展" k;
        n = 3 + rnd(13); first = rnd(nmem) + 1;
        participants = names(first, n, "、");
        if (rnd(3) == 0) excused = seq(first, n, 1, "、");
        if (rnd(10) == 0) absent = seq(first, n + 1, 1, "、");
        if (k == "调研" || k == "视察" || k == "民主监督") sug = 1 + rnd(5);
        else if (k == "协商") sug = rnd(3);
      }
      printf "A%07d,%s,%s,%s,%s,%s,%s,%s,%d,%d,%d\n", i, k, date, title, studio, participants, excused, absent, sug, dis, sol;
    }
  } else if (kind == "articles") {
    span_from(as_of);
    nkind = split("工作综述 委员风采 调研纪实 协商成果 履职故事", akind, " ");
    print "code,title,outlet,level,date,authors";
    for (i = 1; i <= rows; i++) {
      x = rnd(100);
      if (x < 60) { level = "区级"; outlet = "区融媒体中心" } else if (x < 85) { level = "市级"; outlet = "市日报" }
      else if (x < 97) { level = "省级"; outlet = "省政协网" } else { level = "国家级"; outlet = "人民政协报" }
      printf "X%07d,区政协%s%s,%s,%s,%s,%s\n", i, pick(top, ntop), pick(akind, nkind), outlet, level,
        ymd(month_of(i), rnd(28) + 1), names(rnd(nmem) + 1, rnd(4), "、");
    }
  } else if (kind == "opinions") {
    span_from(as_of);
    npl = split("江北街道 江南街道 老城街道 新城街道 滨江街道 白鹭镇 茶溪镇 柳湾镇 桂花社区 望江社区", pl, " ");
    ncat = split("经济建设 政治建设 文化建设 社会建设 生态文明建设", cat, " ");
    nad = split("区级 市级 市级、省级 市级（综合） 省级 国家级", adopt, " ");
    print "code,title,body,submitter,submitted,category,status,issue_no,compiled,adopted_levels,instructed_by";
    for (i = 1; i <= rows; i++) {
      mi = month_of(i); d = rnd(28) + 1; where = pick(pl, npl); topic = pick(top, ntop);
      submitter = rnd(5) ? mname(rnd(nmem) + 1) : pick(par, npar) "区委";
      x = rnd(100); issue = compiled = levels = leader = "";
      if (x < 65 && mi + 1 < as_mi) {
        status = "已编发"; compiled = ymd(mi + 1, d); issue = int((mi + 1) / 12) "年第" ((mi + 1) % 12 * 2 + 1) "期";
        if (rnd(3) == 0) levels = pick(adopt, nad);
        if (rnd(20) == 0) leader = "区委书记 王建国";
      } else status = x < 72 ? "未采用" : "已收到";
      printf "S%06d,关于%s%s的反映,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", i, where, topic,
        csv("反映人了解到，" where topic "问题较为突出，群众意见较大。建议有关部门调查核实，采取措施解决。"),
        submitter, ymd(mi, d), pick(cat, ncat), status, issue, compiled, levels, leader;
    }
  } else {
    print "code,title,body,proposer,cosigners,category,submitted,status,filed,lead_units,joint_units,assigned,replied,result,feedback,concluded,reject_reason";
    nmem = members + 0;
    for (i = 1; i <= rows; i++) {
      title = pick(lead, nlead) pick(top, ntop) "的建议";
      # 300–600 characters: whole phrases (awk's length counts bytes; a CJK character is 3).
      body = ""; want = 3 * (300 + rnd(301));
      while (length(body) < want) body = body pick(ph, nph) (rnd(4) == 0 ? "\n" : "");
      p = rnd(nmem) + 1; proposer = sur[(p - 1) % nsur + 1] giv[int((p - 1) / nsur) % ngiv + 1] (p > nsur * ngiv ? p : "");
      co = ""; nco = rnd(4);
      for (k = 0; k < nco; k++) { c = rnd(nmem) + 1; if (c == p) continue;
        co = co (co == "" ? "" : "；") sur[(c - 1) % nsur + 1] giv[int((c - 1) / nsur) % ngiv + 1] (c > nsur * ngiv ? c : "") }
      m = rnd(2) + 1; d = rnd(28) + 1;
      submitted = "2023-" pad2(m) "-" pad2(d);
      filed = "2023-" pad2(m + 1) "-" pad2(d);
      assigned = "2023-" pad2(m + 2) "-" pad2(d);
      replied = "2023-" pad2(m + 3) "-" pad2(d);
      concluded = "2023-" pad2(m + 4) "-" pad2(d);
      l = pick(unit, nunit); j = pick(unit, nunit); if (j == l) j = "";
      r = rnd(20);
      if (r == 0)
        printf "P%07d,%s,%s,%s,%s,社会建设,%s,not_filed,,,,,,,,,内容空泛无具体建议\n", i, title, csv(body), proposer, co, submitted;
      else if (r == 1)
        printf "P%07d,%s,%s,%s,%s,经济建设,%s,assigned,%s,%s,%s,%s,,,,,\n", i, title, csv(body), proposer, co, submitted, filed, l, j, assigned;
      else
        printf "P%07d,%s,%s,%s,%s,社会建设,%s,concluded,%s,%s,%s,%s,%s,%s,%s,%s,\n", i, title, csv(body), proposer, co, submitted, filed, l, j, assigned, replied, (r % 3 ? "A" : "B"), (r % 5 ? "满意" : "基本满意"), concluded;
    }
  }
}
