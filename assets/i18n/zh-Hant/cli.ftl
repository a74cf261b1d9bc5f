# 無介面指令：`overbuild sim`（一局的逐季表）和 `overbuild scenarios`。
# 欄位標題要短：比英文寬的譯文會把該欄撐寬。

## overbuild scenarios, overbuild scenario check

cli-scenarios-line = { $name }（{ $start } 至 { $end }，共 { NUM($turns) } 季）：{ $description }
scenario-stargate-2025-name = 星際之門 2025
scenario-stargate-2025-description = 由星際之門計劃公佈到 2028 年大選：三個電網，四個席位，一個泡沫。
cli-scenario-ok = { $file }：正常（{ $id }，{ NUM($regions) } 個地區，{ NUM($turns) } 季）
cli-scenario-problems = { $file }：共 { NUM($count) } 個問題
cli-scenario-unsourced = { $file }：共 { NUM($count) } 個參數未註明出處

## overbuild sim: one game's table

cli-sim-title = { $scenario } | 種子 { $seed } | { $seats }
cli-sim-col-quarter = 季度
cli-sim-col-index = 指數
cli-sim-col-sentiment = 情緒
cli-sim-col-prices = 電價 ¢/kWh { $regions }
cli-sim-col-reserve = 備用容量率 %
cli-sim-col-blackouts = 大停電
cli-sim-col-approval = 支持率
cli-sim-col-oracle-price = 甲骨文$
cli-sim-col-oracle-spread = 甲骨文bp
cli-sim-col-openai-revenue = OAI $B
cli-sim-col-gw = GW
cli-sim-col-events = 事件
cli-sim-scores = { $date } 得分：
cli-sim-objective = 目標{ $met }
cli-sim-met = 已達成
cli-sim-not-met = 未達成
cli-sim-welfare = 公共福祉
cli-sim-state-hash = 狀態雜湊 { $hash }

## overbuild sim --runs N, overbuild sim merge: the Monte Carlo summary

cli-mc-title = 蒙地卡羅模擬：{ $scenario } 共 { $games } 局（{ $quarters } 季，至 { $end }），基礎種子 { $seed }{ $shard }
cli-mc-shard = ，分片 { $shard }
cli-mc-partial = 不完整：只有整批 { $runs } 局中的 { $games } 局
cli-mc-seats = 席位：{ $seats }
cli-mc-sweep = 批次：{ $sweep }
cli-mc-estimated = 百分位數為估計值，誤差在 { $error } 以內（分位數草圖）；{ $exact } 局以內為精確值
cli-mc-win-rates = 勝率（{ $end } 時達成目標）：
cli-mc-at-end = 結局時（{ $end }）：
cli-mc-metric = 指標
cli-mc-mean = 平均
cli-mc-over-time = 隨時間變化，p50 [p5, p95]：

## overbuild replay --verify, --compare

cli-verify-ok = { $file }：已重播 { NUM($quarters) } 季，每一季的狀態雜湊皆相符（{ $scenario }，種子 { $seed }，{ NUM($ms) } 毫秒）
cli-verify-diverges = { $file }：於{ $where }出現分歧（由 Overbuild { $saved } 存檔，以 { $replayed } 重播）
cli-compare-game = { $label }：{ $name }（種子 { $seed }，{ NUM($quarters) } 季）
cli-compare-scenario = 情境 { $id }
cli-compare-quarter-identical = 第 { NUM($quarter) } 季（{ $date }）：相同
cli-compare-quarter-only = 第 { NUM($quarter) } 季（{ $date }）：只在 { $only } 中進行
cli-compare-quarter = 第 { NUM($quarter) } 季（{ $date }）：
cli-compare-order = 指令  { $field }：{ $from } → { $to }
cli-compare-injects = 指令  主持人注入的事件不同
cli-compare-figure = 數字  { $figure }：{ $a } → { $b }
cli-compare-others = 另有 { NUM($count) } 項地區與公司數字不同
cli-compare-events = 事件  A：{ $a }  B：{ $b }
cli-compare-first = 第一個差異：第 { NUM($quarter) } 季
cli-compare-identical-games = 兩局完全相同
