# Deterministic generator of a year's ledgers for benchmarks (fictional data).
#   awk -v kind=members|units|proposals -v rows=N -f scripts/lib/gen-ledger.awk
# Proposals: realistic Chinese titles, bodies of 300–600 characters with quotes,
# commas and line breaks, co-signers and handling units; most rows are concluded.
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return int(seed / 65536) % n }
function pick(list, count) { return list[rnd(count) + 1] }
function csv(s) { gsub(/"/, "\"\"", s); return "\"" s "\"" }
function pad2(n) { return n < 10 ? "0" n : n }
BEGIN {
  seed = 20231;
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
