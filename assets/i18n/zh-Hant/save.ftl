# 存檔與檢討報告（繁體中文）。用語依 main.ftl 的用語表；表格欄位以「十億美元」為單位，句子中的金額寫作「億美元」。

## 檢討：概覽

report-title = 檢討報告：{ $scenario }，種子 { $seed }
report-overview = 劇本 { $id }（{ $source }）：已進行 { NUM($played) } 季，共 { NUM($total) } 季，由 { $from } 至 { $to }。
report-source-builtin = 內建
report-source-embedded = 隨存檔附帶
report-saved = 由 Overbuild { $app } 於 { $when } 存檔。Overbuild { $now } 重播時每一季的狀態雜湊都相符，所以這就是實際進行過的那一局。
report-forked = 分支自 { $from } 的第 { NUM($turn) } 季之後。
report-col-seat = 席位
report-col-held-by = 由誰操作
report-role-human = 真人玩家
report-role-bot = 電腦（{ $personality }，{ $level }）
report-role-script = 指令檔 { $source }

## 分數

report-scores = 最終分數
report-scores-after = { $date } 之後的分數。每個席位須分數的每一部分都達標，才算達成目標。
report-col-score = 分數
report-col-objective = 目標
report-objective-met = 達成
report-objective-not-met = 未達成
report-breakdown = { $seat }：分數如何構成
report-col-part = 項目
report-col-value = 數值
report-col-target = 目標值
report-col-points = 得分
report-col-met = 達標
report-yes = 是
report-no = 否
report-welfare = 公共福祉
report-welfare-note = 公共福祉從住戶而非股東的角度為這局評分：電費、供電可靠度、財富、就業和欠繳電費。

## 圖表

report-charts = 圖表
report-chart-index = 股票指數
report-chart-budget = 白宮計劃：每季赤字與累積債務
report-deficit = 赤字
report-debt = 債務
report-chart-bills = 住宅電費
report-chart-reserve = 備用容量率
report-chart-approval = 支持度
report-chart-spreads = 信用息差
report-chart-scores = 分數
report-unit-index = 開局 = 100
report-unit-month = 美元／月
report-unit-percent = %
report-unit-bp = 基點
report-unit-bn = 十億美元
report-unit-points = 分
report-national = 全國

## 逐季

report-quarters = 逐季數據
report-col-quarter = 季度
report-col-index = 指數
report-col-approval = 支持度 %
report-col-cents = 美分／千瓦時
report-col-bills = 電費 美元／月，較去年同季（{ $regions }）
report-col-reserve = 備用容量率 %（{ $regions }）
report-col-blackouts = 大型負載流失 / 大停電
report-col-oracle-price = 甲骨文股價 美元
report-col-oracle-spread = 甲骨文息差 基點
report-col-compute = OpenAI 算力 GW
report-col-revenue = AI 年收入 十億美元
report-col-circular = 循環比例 %
report-col-events = 事件

## 決策與事件

report-decisions = 決策
report-decisions-note = 各席位相對上一季有改變的指令（第一季則相對劇本的常設指令）。欄位名稱與指令檔相同。
report-no-changes = 沒有席位改變指令。
report-injects = 主持人
report-inject-card = 注入事件：{ $id }
report-inject-custom = 注入事件：「{ $headline }」
report-events = 事件
report-no-events = 沒有特別事件。
report-injected = （由主持人注入）

## 隱藏交易

report-hidden = 揭露隱藏交易
report-hidden-note = 遊戲進行時市場看不到的東西：留在資產負債表外的債務、供應商為自己的需求提供資金，以及支撐這波建設的算力承諾。
report-spvs = 特殊目的載體（SPV，資產負債表外）
report-col-signed = 簽約
report-col-owner = 擁有者
report-col-amount = 金額 十億美元
report-col-partner = 合夥人持股
report-col-lease-year = 每年租金 十億美元
report-col-lease-term = 全期租金 十億美元
report-col-ends = 到期
report-col-on-books = 租約因違約作廢
report-no-spvs = 甲骨文沒有簽訂特殊目的載體。
report-spv-leases = 甲骨文在這局中支付了 { NUM($paid, scale: 10) }億美元的特殊目的載體租金；科技巨頭則透過自己的特殊目的載體籌得 { NUM($hyper, scale: 10) }億美元填補現金缺口。
report-off-balance = 終局時的表外債務
report-col-company = 公司
report-col-true = 實際 十億美元
report-col-known = 市場所知 十億美元
report-col-hidden-peak = 最大隱藏部分 十億美元
report-col-when = 時間
report-vendor = 供應商融資：英偉達借款給 OpenAI
report-col-invested = 投資 十億美元
report-col-chips = 晶片 GW
report-no-vendor = 英偉達沒有進行供應商融資。
report-vendor-summary = 英偉達分 { NUM($rounds) } 輪向 OpenAI 投資 { NUM($invested, scale: 10) }億美元；OpenAI 向英偉達支付了 { NUM($paid, scale: 10) }億美元購買晶片。英偉達營收中以自己資金支付的比例在 { $when } 達到高峰 { NUM($peak, digits: 1) }%，終局時為 { NUM($final, digits: 1) }%。
report-contracts = 算力合約：OpenAI 與甲骨文
report-col-gw = GW
report-col-price = 每 GW 每年 十億美元
report-col-years = 年期
report-col-take-or-pay = 照付不議總額 十億美元
report-col-status = 狀態
report-default = { $company } 於 { $date } 違約：股東權益歸零，債權人承受 { NUM($lost, scale: 10) }億美元損失，合約作廢。
report-status-live = 履行中
report-status-ended = 已屆滿
report-status-defaulted = 已違約
report-no-contracts = 沒有簽訂算力合約。
report-contracts-summary = 已簽訂的照付不議承諾：{ NUM($total, scale: 10) }億美元；OpenAI 在這局中向甲骨文支付了 { NUM($paid, scale: 10) }億美元的算力費用。
report-money = 資金流向
report-money-note = 這局帳本中最大的資金流；每筆轉帳都有付款方和收款方。
report-col-flow = 類別
report-col-from = 付款方
report-col-to = 收款方

## 影響結果的因素

report-moved = 甚麼左右了結果
report-moved-note = 一季的分數變化混合了所有席位的指令、數季前下的指令（興建需時）和運氣。以下提供兩種量度：分數變動最大的季度，以及以 Shapley 值計算的每季決策貢獻。
report-swings = 分數變動最大的季度
report-col-welfare = 福祉
report-col-changed = 改變的欄位
report-effects = 影響最大的決策
report-effects-note = 每一季都以四個席位的新指令與該季事件的每種組合撤回後重新結算；一個席位的新指令只計入它自己在當季各分數上的 Shapley 值，決策不會分到別人的影響，而各席位、事件與慣性的貢獻相加正好等於各分數的變化。數字是該決策在當季為分數帶來（+）或減少（−）的分數；它對之後各季的後續影響，計入那些季度的慣性。
report-col-decision = 決策
report-no-effects = 沒有任何單一決策令最終分數改變 0.1 分或以上。
report-facilitator-decision = { NUM($count) } 個注入事件

## 主持人

report-facilitator = 主持人的操作
report-override = 把 { $pointer } 設為 { $value }：{ $reason }
report-rewound = 倒回這一季並重新進行：{ $reason }
report-rewound-intent = { $seat }被撤回的命令原本意在「{ $text }」

## 帳本

flow-revenue = 營收
flow-compute-lease = 算力租賃
flow-chip-sale = 晶片銷售
flow-capex = 資本開支
flow-operating-cost = 營運成本
flow-fuel = 燃料
flow-power-bill = 電費
flow-capacity-payment = 容量費用
flow-energy-purchase = 購電
flow-interest = 利息
flow-bond-issue = 發行債券
flow-bond-repayment = 償還債券
flow-equity-raise = 股權融資
flow-vendor-financing = 供應商融資
flow-spv-funding = 特殊目的載體融資
flow-spv-lease = 特殊目的載體租金
flow-buyback = 股份回購
flow-dividend = 股息
flow-subsidy = 補貼
flow-relief = 住戶紓困
flow-tariff = 關稅
flow-tax = 稅款
flow-default = 違約
account-utility = 電力公司
account-households = 住戶及企業
account-government = 政府
account-investors = 投資者
account-spv-partners = 特殊目的載體合夥人
account-suppliers = 供應商

## 數據（摘要、比較）

metric-index = 股票指數
metric-sentiment = AI 市場情緒
metric-approval = 支持度
metric-jobs = 製造業職位（千個）
metric-national-cents = 全國住宅電價（美分／千瓦時）
metric-blackouts = 大停電
metric-loss-events = 大型負載流失事件
metric-ai-revenue = AI 年收入（十億美元）
metric-openai-revenue = OpenAI 季度收入（十億美元）
metric-compute = OpenAI 算力（GW）
metric-bubble = 泡沫指標
metric-coverage = 收入對承諾的覆蓋率
metric-circular = 英偉達營收的循環比例
metric-bonds = 發行債券（十億美元）
metric-region-cents = { $owner }：住宅電價（美分／千瓦時）
metric-region-bill = { $owner }：每月電費（美元）
metric-region-arrears = { $owner }：欠繳電費住戶
metric-region-reserve = { $owner }：備用容量率
metric-region-energy-price = { $owner }：電能價格（美元／兆瓦時）
metric-region-capacity-price = { $owner }：容量價格（美元／兆瓦日）
metric-region-blackouts = { $owner }：大停電
metric-region-loss-events = { $owner }：大型負載流失事件
metric-region-mw-lost = { $owner }：故障中離線的數據中心負載 MW
metric-region-unserved = { $owner }：未供應電量（兆瓦時）
metric-company-share-price = { $owner }：股價（美元）
metric-company-market-cap = { $owner }：市值（十億美元）
metric-company-cash = { $owner }：現金（十億美元）
metric-company-debt = { $owner }：債務（十億美元）
metric-company-off-balance = { $owner }：表外債務（十億美元）
metric-company-spread = { $owner }：信用息差（基點）
metric-company-rating = { $owner }：信用評級（級距，AAA = 0）
metric-score = { $owner }：分數
metric-score-welfare = 公共福祉分數
report-log-scale = 對數刻度
report-story = 這局的經過
story-outcome = 經過 { $quarters } 季，至 { $date }：達成目標的是{ $winners }；最高分是{ $best }的 { NUM($score, digits: 1) } 分。
story-nobody = 無人
story-decisions = 影響最大的決策，每個只計入它自己在當季分數變化中的份額（Shapley 值）：
story-decision = { $date }，{ $seat }設定 { $what }：{ $effects } 分。
story-no-decisions = 沒有任何席位的新指令在當季令分數改變 0.1 分或以上。
story-totals = 整局下來，各席位自己的新指令令其分數改變：{ $own }。各季事件令分數改變：{ $events }。其餘是慣性，即世界本身的動能（較早的指令、興建、市場）：{ $drift }。
story-consequences = 重大新聞及其成因：
story-consequence = { $date }：{ $what }（{ $because }）。
story-because = 成因（{ $unit }）：{ $causes }
story-because-count = 成因：{ $causes }
story-because-none = 沒有成因令其數字變動
story-cause-events = 事件
story-cause-drift = 慣性
story-welfare = 公共福祉
story-what-default = { $company }違約
story-what-downgrade = { $company }遭降評
story-what-blackout = 停電
story-what-election-won = 勝選
story-what-election-lost = 敗選
story-what-crash = 股市崩跌

## Intents beside outcomes (debrief, workshop report, replay viewer)

report-intents = 意圖與結果並列
report-intents-note = 各隊說自己的指令要達成什麼、那個數字實際怎麼變（沒指定數字時看該席的分數），以及引擎找到的主要原因。
report-reasons = 電腦玩家的理由
report-reasons-note = 每個電腦玩家逐季下達指令的理由：專家來自其方案（權衡的方案數及相對困難方案的預期得分），規則型電腦玩家則來自其規則變動最大的指令。
report-col-intent = 意圖
report-col-happened = 實際結果
report-col-why = 原因
report-intent-said = { $text }（預期 { $expect }）
report-intent-met = { $figure } { $before } → { $after } { $unit }：符合預期
report-intent-missed = { $figure } { $before } → { $after } { $unit }：不如預期
report-intent-moved = { $figure } { $before } → { $after } { $unit }（{ $change }）
report-intent-unexplained = 無法重算：主持人在這一季改動了世界

## The workshop's after-action review (report --workshop)

aar-title = 行動後檢討：{ $name }
aar-overview = { NUM($tables) } 桌都玩 { $scenario }（種子 { $seeds }）：同一個世界、抽到同樣的事件，所以各桌結果的差異來自各隊的決策。
aar-questions = 四個問題，都從存檔回答：原本打算怎樣（各隊的意圖）、實際發生什麼（分數和意圖所指的數字）、為什麼（引擎把每個變動歸因到各席的決策、當季事件和慣性），以及哪些決策讓各桌分出高下。
aar-side-by-side = 各桌並列
aar-col-table = 桌
aar-col-played = 季數
aar-splits = 各桌差在哪裡
aar-splits-note = 每個分數在整局中的得分，拆成各個原因：各席的決策、事件和慣性。兩桌的差距等於這幾欄差距的總和。
aar-gap = { $best } 桌和 { $worst } 桌相差 { $gap } 分；其中 { $part } 來自{ $cause }。
aar-decision = { $changes }（{ $points } 分）
aar-seats = 逐席檢視：意圖、結果、原因
aar-no-intents = 這個席位沒有隊伍寫下意圖。
aar-kept = 各桌的意圖與預期
aar-col-intents = 意圖
aar-col-with-figure = 附數字
aar-col-as-expected = 符合預期
