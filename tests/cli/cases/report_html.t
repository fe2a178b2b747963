The office's printable page (issue 22): `--format html` writes one self-contained page of a
report, a record or a list (CSS and the charts inline as SVG, no script, nothing fetched,
laid out for A4), and `--format pdf` prints that page with a locally installed Chromium.
tests/data/check_html.py reads a page as a browser would take it: parsed, no script, no
URL, a <thead> to every table of data, each chart well-formed XML, and the figures asked
for in its table cells (with --report, every figure of the JSON report, in its order).
The browser itself prints the sample year in tests/documents/browser.sh.

The sample year, loaded as scripts/demo loads it.

  $ CPPCC_BIN=$(command -v cppcc) $DATA/../../scripts/load-sample ./cppcc.db
  $ cp $DATA/../../samples/2023/cppcc.yaml .

The annual report: the seed's figures (426 received, 368 filed, 853 pieces of publicity,
99 of them province level or above, 210 studio consultations) and every other figure of
the JSON report, and its four charts: categories, months, units' timeliness, opinions by
level.

  $ cppcc --lang zh report annual --year 2023 --format json > annual.json
  $ cppcc --lang zh report annual --year 2023 --format html > annual.html
  $ python3 $DATA/check_html.py annual.html --report annual.json --charts 4 426 368 853 99 210
  ok: 11 tables, 4 charts, 5 figures in cells, 27 figures of the report shown
  $ grep -o '<h[12]>[^<]*</h[12]>\|<p class="dateline">[^<]*</p>' annual.html
  <h1>汉江区政协2023年工作综述</h1>
  <p class="dateline">（2024年3月1日）</p>
  <h2>一、总体情况</h2>
  <h2>二、主要数据</h2>
  <h2>三、统计图</h2>
  <h2>四、统计表</h2>
  $ grep -o '<svg [^>]*aria-label="[^"]*"' annual.html | grep -o 'aria-label=.*'
  aria-label="提案类别"
  aria-label="各月提交提案"
  aria-label="承办单位办理情况"
  aria-label="社情民意信息采用情况"
  $ grep -o '<h3>[^<]*</h3>' annual.html
  <h3>（一）提案办理状态</h3>
  <h3>（二）提案类别</h3>
  <h3>（三）提案人类型</h3>
  <h3>（四）界别</h3>
  <h3>（五）承办单位办理情况</h3>
  <h3>（六）各月提交提案</h3>
  <h3>（七）上年度B类提案回头看</h3>
  <h3>（八）社情民意信息采用情况</h3>
  <h3>（九）履职考评前十名</h3>
  <h3>（十）委员工作室活动情况</h3>

Its charts say every category, month and level, and each value.

  $ python3 - annual.html <<'PY'
  > import re, sys
  > page = open(sys.argv[1], encoding="utf-8").read()
  > texts = [re.findall(r"<text[^>]*>([^<]*)</text>", s) for s in re.findall(r"<svg.*?</svg>", page, re.S)]
  > for t in texts: print(len(t), " ".join(t[:14]))
  > PY
  16 提案类别 38.7% 26.5% 13.9% 13.1% 7.8% 社会建设 165 (38.7%) 经济建设 113 (26.5%) 文化建设 59 (13.9%) 生态文明建设 56 (13.1%)
  31 各月提交提案 件数 0 100 200 300 400 336 1月 11 2月 12 3月 13
  38 承办单位办理情况 0 20 40 60 80 100 区教育体育局 100.0% 区文化和旅游局 100.0% 区农业农村局 100.0% 区住房和城乡建设局
  14 社情民意信息采用情况 篇数 0 5 10 15 11 区级 12 市级 4 省级 1 国家级

In English: the same page, its headings numbered 1., 1.1.

  $ cppcc --lang en report annual --year 2023 --format html | grep -o '<h[12]>[^<]*</h[12]>\|<p class="dateline">[^<]*</p>'
  <h1>Hanjiang District CPPCC Committee: the year 2023 in figures</h1>
  <p class="dateline">1 March 2024</p>
  <h2>1. Summary</h2>
  <h2>2. Figures</h2>
  <h2>3. Charts</h2>
  <h2>4. Tables</h2>

A list (report units, report proposals, a member list) and a record (a member's 履职档案).

  $ cppcc --lang zh report units --year 2023 --format html | python3 $DATA/check_html.py - 区教育体育局 38
  ok: 1 tables, 0 charts, 2 figures in cells, 0 figures of the report shown
  $ cppcc --lang zh report proposals --by category --year 2023 --format html | python3 $DATA/check_html.py - 社会建设 165 38.7
  ok: 1 tables, 0 charts, 3 figures in cells, 0 figures of the report shown
  $ cppcc --lang zh member list --format html | python3 $DATA/check_html.py - W0054 杜晓辉
  ok: 1 tables, 0 charts, 2 figures in cells, 0 figures of the report shown
  $ cppcc --lang zh member show W0054 --year 2023 --format html > member.html
  $ python3 $DATA/check_html.py member.html 杜晓辉 P2023-0197 164
  ok: 6 tables, 0 charts, 3 figures in cells, 0 figures of the report shown
  $ grep -o '<h[13]>[^<]*</h[13]>\|<p class="none">[^<]*</p>' member.html
  <h1>杜晓辉委员2023年度履职档案</h1>
  <h3>（一）提案</h3>
  <h3>（二）社情民意信息</h3>
  <p class="none">无</p>
  <h3>（三）履职活动</h3>
  <h3>（四）宣传信息</h3>
  <h3>（五）考评得分</h3>
  <h3>（六）得分明细</h3>

Everything a clerk typed is escaped: a title with markup in it is shown as text.

  $ cppcc proposal add --code P2024-0901 --title '<script>alert("x")</script> & <b>co</b>' \
  >   --proposer 杜晓辉 --category 社会建设 --submitted 2024-01-10 --session 十六届三次会议 >/dev/null
  $ cppcc proposal list --year 2024 --format html > list.html
  $ python3 $DATA/check_html.py list.html P2024-0901
  ok: 1 tables, 0 charts, 1 figures in cells, 0 figures of the report shown
  $ grep -o '&lt;script&gt;[^<]*&lt;/b&gt;' list.html
  &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;

A PDF needs a Chromium: without one (not on PATH, none named by CPPCC_CHROMIUM), exit 69
naming the Debian package to install, and nothing written.

  $ env PATH=/nonexistent "$(command -v cppcc)" report annual --year 2023 --format pdf > a.pdf
  ! cppcc: --format pdf prints the page with Chromium, and none is installed (looked for $CPPCC_CHROMIUM, then chromium, chromium-browser and google-chrome on PATH): install the Debian package chromium (sudo apt-get install chromium), or write --format html and print it from a browser
  [69]
  $ wc -c < a.pdf
  0
  $ env PATH=/nonexistent "$(command -v cppcc)" --lang zh report annual --year 2023 --format pdf > a.pdf
  ! cppcc: --format pdf 需用 Chromium 打印页面，但未安装（已查找 $CPPCC_CHROMIUM 及 PATH 中的 chromium、chromium-browser、google-chrome）：请安装 Debian 软件包 chromium（sudo apt-get install chromium），或改用 --format html 后在浏览器中打印
  [69]
  $ CPPCC_CHROMIUM=/no/such/chromium cppcc report annual --year 2023 --format pdf > a.pdf
  ! cppcc: CPPCC_CHROMIUM=/no/such/chromium: no such program (name an installed Chromium, or unset it to use chromium on PATH; the Debian package is chromium)
  [69]

A stand-in for Chromium shows how it is run: headless, on a copy of the page in a private
temporary directory (removed afterwards), printing to a file there, which is the output.

  $ mkdir tmp && cat > fake-chromium <<'SH'
  > #!/bin/sh
  > for a; do case $a in --print-to-pdf=*) out=${a#*=};; file://*) page=${a#file://};; esac; done
  > { echo '%PDF-1.4 stand-in'; grep -c '<svg ' "$page"
  >   echo "$0 $*" | sed "s#$TMPDIR/cppcc-pdf-[A-Za-z0-9]*#TMP#g" | tr ' ' '\n'; } > "$out"
  > SH
  $ chmod +x fake-chromium
  $ TMPDIR=$PWD/tmp CPPCC_CHROMIUM=./fake-chromium cppcc report annual --year 2023 --format pdf > a.pdf; cat a.pdf; ls tmp
  %PDF-1.4 stand-in
  4
  ./fake-chromium
  --headless
  --no-sandbox
  --disable-gpu
  --no-pdf-header-footer
  --print-to-pdf=TMP/page.pdf
  --user-data-dir=TMP/profile
  --no-first-run
  --no-default-browser-check
  --disable-extensions
  --disable-background-networking
  --disable-component-update
  --disable-sync
  --disable-dev-shm-usage
  file://TMP/page.html

A Chromium that fails is an error saying what it said (exit 1); one that hangs is stopped
after CPPCC_CHROMIUM_TIMEOUT seconds, with everything it started.

  $ printf '#!/bin/sh\necho "[1:2:ERROR:headless_shell.cc(1)] Cannot open display" >&2\nexit 3\n' > broken
  $ chmod +x broken
  $ CPPCC_CHROMIUM=./broken cppcc report annual --year 2023 --format pdf > a.pdf
  ! cppcc: ./broken could not print the page to PDF: exit status 3; it said: [1:2:ERROR:headless_shell.cc(1)] Cannot open display
  [1]
  $ printf '#!/bin/sh\nsleep 61 &\nsleep 61\n' > stuck
  $ chmod +x stuck
  $ CPPCC_CHROMIUM=./stuck CPPCC_CHROMIUM_TIMEOUT=1 cppcc report annual --year 2023 --format pdf > a.pdf; echo "exit $?"; pgrep -f 'sleep 6[1]' | wc -l
  exit 1
  0
  ! cppcc: ./stuck did not print the page to PDF within 1 s and was stopped (CPPCC_CHROMIUM_TIMEOUT gives it longer)

Stopped meanwhile (SIGTERM, or Ctrl-C at a terminal, which reaches cppcc alone), cppcc
stops Chromium's processes and removes its temporary directory, then ends by the signal.

  $ printf '#!/bin/sh\ntouch started\nsleep 62 &\nsleep 62\n' > slow && chmod +x slow
  $ TMPDIR=$PWD/tmp CPPCC_CHROMIUM=./slow cppcc report annual --year 2023 --format pdf > a.pdf &
  > for i in $(seq 300); do [ -e started ] && break; sleep 0.1; done
  > kill -TERM $!; wait $!; echo "exit $?"; ls tmp; pgrep -f 'sleep 6[2]' | wc -l
  exit 143
  0

A timeout that is not a number of seconds is refused before anything runs.

  $ CPPCC_CHROMIUM_TIMEOUT=soon cppcc report annual --year 2023 --format pdf > a.pdf
  ! cppcc: CPPCC_CHROMIUM_TIMEOUT=soon: not a number of seconds from 1 to 3600
  [2]
