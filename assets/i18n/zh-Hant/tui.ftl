# Overbuild 終端介面，繁體中文。每個鍵都必須也存在於 en/tui.ftl。

## Title

tui-tagline = AI 資料中心熱潮兵棋推演，2025–2028
tui-menu-new = 新遊戲
tui-menu-continue = 繼續
tui-menu-load = 載入存檔
tui-menu-replay = 重播存檔
tui-menu-settings = 設定
tui-menu-help = 按鍵與說明
tui-menu-quit = 離開
tui-menu-off = 關閉
tui-menu-new-about = 選擇情境、哪些席位由你扮演、哪些交給電腦，以及亂數種子。
tui-menu-continue-about = 接著玩上一局。
tui-menu-load-about = 開啟已儲存的遊戲。
tui-menu-replay-about = 重看一局已儲存的遊戲，並揭露每個席位的指令。
tui-menu-settings-about = 語言、配色、音效與預設席位。
tui-menu-help-about = 每個畫面的所有按鍵：在任何地方按 ? 即可。
tui-menu-quit-about = 離開 Overbuild。
tui-title-no-saves = 目前還沒有可以繼續的存檔。

## New game and briefings

tui-newgame-title = 新遊戲
tui-newgame-intro = 選擇每個席位由誰扮演。多個真人席位會輪流使用這個鍵盤（輪流制）；其餘由電腦扮演。
tui-newgame-scenario = 情境
tui-newgame-seed = 亂數種子
tui-newgame-seed-hint = { $key }：換一個隨機種子 · Enter：自行輸入
tui-newgame-language = 語言
tui-newgame-start = 開始遊戲
tui-newgame-need-human = 至少要有一個真人席位：在席位上按 Enter 或空白鍵切換。
tui-newgame-bad-seed = 「{ $text }」不是有效的種子：請輸入整數。
tui-newgame-humans = { $count ->
    [0] 還沒有真人席位。
    [1] 一個真人席位：你對三個電腦玩家。
   *[other] { $count } 個真人席位輪流使用這個鍵盤；交接畫面會隱藏各隊的指令。
}
tui-role-human = 真人
tui-role-bot = 電腦
tui-lang-en = English（英文）
tui-lang-zh-hant = 繁體中文

tui-brief-title = 簡報：你是{ $seat }
tui-brief-who = 你是誰
tui-brief-can = 你每季決定什麼
tui-brief-win = 如何獲勝
tui-brief-shared = 遊戲共 { NUM($turns) } 季，從 { $start } 到 { $end }。四個席位的指令在每季結束時一起結算。在各席位的分數旁邊，你會看到公共福祉——電費、供電可靠度、家戶財富與就業——它不屬於任何席位，卻受每個席位影響。
tui-brief-next-seat = 下一份簡報：{ $seat }
tui-brief-begin = 開始第一季

tui-brief-openai-who = 你經營 OpenAI：這家實驗室對算力的渴求推動了整波熱潮。你沒有自己的資料中心：Oracle 依照「照付不議」合約替你興建，Nvidia 賣晶片給你——還投資你，好讓你買得起。
tui-brief-openai-can = 向 Oracle 提出算力合約（GW、年數、每 GW 年的價格）；訂購晶片；以目前估值增資、接受 Nvidia 的供應商融資或舉債；設定訂閱與 API 價格；決定多少算力投入同步訓練（模型更好，但電網負載起伏更大）以及是否平滑這些起伏；並對外表態需求前景。
tui-brief-openai-win = 在 { $end } 之前：上線 { NUM($compute) } GW 算力、年營收達 ${ NUM($revenue) }B（十億美元）（確保整個 { NUM($secured) } GW 計畫可得滿分），而且現金不能燒光，也不能看來可能違約。付不出的合約會違約——並拖垮 Oracle 的訂單積壓。若你違約，你繼續經營重整後的公司，依維持運作的產能、現金流與債權人回收計分；違約紀錄會一直留在分數上。

tui-brief-oracle-who = 你負責 Oracle 的雲端擴建：用借來的錢替 OpenAI 蓋資料中心。你的合約在帳面上是龐大的訂單積壓；要把它變成現金，就得蓋得快、準時，而且蓋在電網接得上的地方。
tui-brief-oracle-can = 逐區開工興建資料中心（MW）；訂購現場燃氣渦輪機，在併網前先供電；以目前票息發債、以表外的 SPV 或現金融資；加裝故障穿越設備，讓機房在電網故障時不斷線（在德州，電網達穩定上限後，未加裝的機房須等待併網）；設定可接受的最低合約價與每季最多新合約 GW；進行庫藏股買回與配息。
tui-brief-oracle-win = 在 { $end } 之前：{ NUM($online, digits: 1) } GW 資料中心上線、股價至少是現在的 { NUM($price_multiple, digits: 2) } 倍、維持投資等級信評（BBB- 或以上），且燒錢不超過營收的四分之一（自由現金流為正可得滿分）。借太多，信評機構和債券市場就會替你做決定。若你違約，你繼續經營重整後的公司，依維持運作的產能、現金流與債權人回收計分；違約紀錄會一直留在分數上。

tui-brief-utility-who = 你同時是德州、中大西洋與西部的電力公司及其監管機關：資料中心要求數 GW 的新負載時，你得讓燈繼續亮著。每一項升級都有人買單——不是家戶，就是資料中心。
tui-brief-utility-can = 興建輸電線；採購燃氣、電池、太陽能、風電與核電重啟；從併網佇列核准大型負載；決定大型負載分攤多少升級成本及其最低需量電費；要求大型負載具備故障穿越能力；付費請大型負載在尖峰時降載；為容量價格設上限；向監管機關申請調漲費率。
tui-brief-utility-win = 在 { $end } 之前：沒有任何停電（故障、風暴或供電不足時的輪流停電）讓一個區域超過 { NUM($blackout) }% 的家戶斷電、每個區域的備用容量率達到目標（開局即不足的區域則不低於開局水準）、全國住宅電價不超過每度 { NUM($rate_cap, digits: 1) } 美分，且電力公司保持償債能力（營運資金至少為負債的 10%）。

tui-brief-whitehouse-who = 你是白宮。你想要這波熱潮、工廠和上漲的股市——而你要在期中選舉和大選面對選民。電費每漲一點、關稅每推高一次物價，家戶都感受得到。
tui-brief-whitehouse-can = 對晶片和電力設備課徵關稅，並決定是否豁免資料中心業者；發放補貼與貸款擔保；加速審批；以聯邦規則規定誰來支付電網升級；發放家戶補助；並對熱潮公開表態。國會分裂時會擋下新的補貼。
tui-brief-whitehouse-win = 贏得每一場選舉（支持度約 { NUM($approval) }% 才保得住），並在 { $end } 之前讓股價指數達到起始的 { NUM($index, digits: 1) } 倍、製造業就業增加 { NUM($jobs) } 千個，同時計畫赤字在過去一年不超過 GDP 的 { NUM($deficit, digits: 1) }%（每一塊錢赤字都會扣分：沒有赤字才拿滿分）。

tui-objective-openai = 你的目標：算力上線、營收成長，而且不燒光現金。
tui-objective-oracle = 你的目標：資料中心上線、股價與投資等級信評，且不過度燒錢。
tui-objective-utility = 你的目標：不停電、備用容量率達標、住宅電價不超過上限，且電力公司具償債能力。
tui-objective-whitehouse = 你的目標：贏得選舉、推升指數，並帶回製造業就業，且守住赤字上限。

## The game view

tui-tab-dashboard = 總覽
tui-tab-orders = 指令
tui-tab-charts = 圖表
tui-tab-books = 帳本
tui-tab-news = 新聞
tui-quarter-of = 第 { NUM($turn) } 季，共 { NUM($turns) } 季
tui-you-are = 你：{ $seat }
tui-orders-status = { $changes ->
    [0] 指令：沒有更改
   *[other] 指令：{ $changes } 項變更
}
tui-pane-regions = 電網與電費
tui-pane-markets = 市場與信用
tui-pane-you = { $seat }：目標
tui-pane-news = 新聞
tui-pane-news-of = { $date } 的新聞
tui-pane-orders = { $seat } 在 { $date } 的指令
tui-pane-preview = 預覽：這些指令的效果
tui-pane-charts = 圖表
tui-header-default = ✗ { $date } 違約
tui-pane-books = 你的帳本
tui-books-figures = 主要數字
tui-pane-objective = 目標與分數
tui-pane-quarters = 各季

tui-col-region = 區域
tui-col-reserve = 備用容量
tui-col-energy = $/MWh·數據
tui-col-capacity = $/MW日
tui-col-bill = 電費·年比
tui-col-arrears = 欠費
tui-col-faults = 流失/停電
tui-col-field = 指令
tui-col-value = 數值
tui-col-range = 允許範圍
tui-col-last = 上季
tui-col-next = 下季
tui-carry-rule = 沿用
tui-carry-once = 單次
tui-carry-repeat = ↻ 重複
tui-field-rule = 規則：在你更改之前持續有效。
tui-field-federal-override = ⚠ 聯邦規則生效中：無論此處比例為何，大型負載都支付其升級費用的 { NUM($share) }%。
tui-field-once = 單次：除非標記重複，下季從 { $value } 開始。
tui-field-once-repeat = 單次命令，已標記重複：下季再從此數值開始。
tui-repeat-rule = 規則會自動延續：只有單次命令需要標記重複。
tui-carry-none = 下季：規則不變；單次命令從零開始。
tui-carry-repeats = 下季：規則不變，以下命令重複：{ $fields }。
tui-col-seat = 席位
tui-col-held-by = 扮演者
tui-col-score = 分數
tui-col-change = 變化
tui-col-objective = 目標

tui-index = 指數
tui-index-history = 指數走勢
tui-bubble = 泡沫指標（市值/營收）
tui-coverage = 覆蓋率
tui-circular = 循環營收
tui-approval = 支持度
tui-approval-heading = → 趨向 { $target }%
tui-next-election = 下次：{ $date } { $kind }，{ $quarters ->
    [0] 本季揭曉
   *[other] 還有 { NUM($quarters) } 季
}
tui-no-election = 沒有其他選舉了
tui-election-midterm = 期中選舉
tui-election-general = 大選
tui-congress-divided = 國會：分裂
tui-congress-united = 國會：與你同黨
tui-valuation = 估值 ${ NUM($value) }B
tui-new-equity = 新股 { $price }
tui-spread = { NUM($bp) } 基點
tui-score = 分數
tui-objective-met = 達標中
tui-objective-not-met = 尚未達標
tui-objective-won = 達成
tui-objective-lost = 未達成
tui-company-short-openai = OpenAI
tui-company-short-oracle = Oracle
tui-company-short-nvidia = Nvidia
tui-company-short-hyperscalers = 四大雲端
tui-seat-short-openai = OAI
tui-seat-short-oracle = 甲骨文
tui-seat-short-utility = 電力
tui-seat-short-whitehouse = 白宮

tui-cash = 現金
tui-debt = 負債
tui-off-balance = 表外
tui-off-balance-known = 表外負債（市場所知）
tui-credit-obligations = 信用評估計入的負債
tui-credit-build-out = {"  "}其中：已承諾未付的建設
tui-off-balance-true = 表外負債（全部實情，僅你可見）
tui-compute = 算力
tui-revenue-yr = 年營收
tui-revenue-q = 本季營收
tui-fcf-q = 本季自由現金流
tui-share-price = 股價
tui-market-cap = 市值
tui-rating = 信用評等
tui-spread-label = 信用利差
tui-coupon = 新債票息
tui-backlog = 合約積壓
tui-contracted = 已簽約算力
tui-chips-on-order = 已訂晶片
tui-vendor-financed = 供應商融資晶片
tui-adoption = 採用率
tui-demand-to-compute = 需求 ÷ 算力
tui-demand-unserved = { NUM($share) }% 未滿足
tui-compute-idle = { NUM($share) }% 閒置
tui-commitments = 每年承諾支出
tui-spv-pot = SPV 未動用資金
tui-revolver = 已動用循環信用
tui-online = 已上線
tui-building = 興建中
tui-waiting = 已完工、等待併網
tui-onsite = 現場渦輪機
tui-ride-through = 具故障穿越能力
tui-ffo = 營運資金/負債
tui-base-rate = 基本費率（×起始）
tui-cost-index = 成本指數（×起始）
tui-national-cents = 全國電價
tui-budget-quarter = 本季計劃支出
tui-budget-total = 開局以來計劃支出
tui-deficit-quarter = 本季赤字
tui-programme-debt = 計劃累積債務
tui-yield-premium = 國債收益率因此上升
tui-tariff-revenue = 開局以來關稅收入
tui-guarantees = 未清償貸款擔保
tui-jobs = 新增製造業就業
tui-elections = 選舉勝/敗
tui-part-detail = 目前 { $value }，目標 { $target } · { $points }/{ $max } 分
tui-part-defaulted = 此後整局失去 { $max } 分
tui-score-final-note = 分數在最後一季結束時評定；✓ 表示若遊戲現在結束會算數的項目。
tui-private = 僅你可見
tui-news-none = 還沒有結算任何一季：第一季結算後，新聞會出現在這裡。
tui-news-quiet = 平靜的一季。
tui-orders-hidden = 在本季結算前，其他隊伍看不到這些指令。

tui-range-toggle = 是或否
tui-unavailable = 停用
tui-range-choice = 選項
tui-yes = 是
tui-no = 否
tui-statement-quiet = 不表態
tui-statement-confident = 樂觀
tui-statement-cautious = 謹慎
tui-refused-range = 不允許 { $value }：允許範圍 { $allowed }。數值未變更。
tui-refused-not-number = 「{ $text }」不是數字；允許範圍 { $allowed }。

tui-unit-years = 年
tui-unit-share = 比例
tui-unit-x = × 目前
tui-unit-rate = 稅率（1 = 100%）
tui-unit-rate-column = 稅率
tui-unit-usd-month = 美元/月
tui-unit-usd-bn = 十億美元
tui-unit-usd-bn-gw-yr = 十億美元/GW年
tui-unit-usd-mw-day = 美元/MW日
tui-unit-points = 點
tui-unit-score = 分
tui-unit-bp = 基點

## Order fields

tui-field-openai-contract-gw = 新合約算力
tui-field-openai-contract-years = 合約年數
tui-field-openai-contract-price = 合約價格
tui-field-openai-chip-order-gw = 訂購晶片
tui-field-openai-vendor-financing-bn = Nvidia 供應商融資
tui-field-openai-equity-raise-bn = 增資金額
tui-field-openai-debt-bn = 舉債金額
tui-field-openai-subscription-price = 訂閱價格
tui-field-openai-api-price-index = API 價格
tui-field-openai-training-intensity = 訓練強度
tui-field-openai-ride-through-cooperation = 平滑訓練負載
tui-field-openai-statement = 公開表態
tui-field-oracle-build-mw = 開工資料中心
tui-field-oracle-onsite-mw = 現場渦輪機
tui-field-oracle-bond-bn = 發行債券
tui-field-oracle-spv-bn = SPV 融資
tui-field-oracle-spv-partner-share = SPV 夥伴持股
tui-field-oracle-ride-through-share = 故障穿越比例
tui-field-oracle-min-contract-price = 最低合約價格
tui-field-oracle-max-contract-gw = 新合約上限 GW
tui-field-oracle-buyback-bn = 庫藏股買回
tui-field-oracle-dividend-bn = 股利
tui-field-utility-transmission-bn = 輸電升級
tui-field-utility-gas-cc-mw = 燃氣複循環
tui-field-utility-gas-peaker-mw = 燃氣尖峰機組
tui-field-utility-battery-mw = 電池（4 小時）
tui-field-utility-solar-mw = 太陽能
tui-field-utility-wind-mw = 風電
tui-field-utility-nuclear-restart-mw = 核電重啟
tui-field-utility-approve-mw = 核准大型負載
tui-field-utility-demand-response-mw = 需量反應
tui-field-utility-large-load-share = 大型負載升級分攤
tui-field-utility-min-demand-charge = 最低需量電費
tui-field-utility-ride-through-required = 要求故障穿越
tui-field-utility-rate-case-pct = 申請調漲費率
tui-field-utility-capacity-cap = 容量價格上限
tui-field-whitehouse-chip-tariff = 晶片關稅
tui-field-whitehouse-equipment-tariff = 設備關稅
tui-field-whitehouse-exempt-intermediate = 豁免業者投入品
tui-field-whitehouse-subsidy-bn = 補貼
tui-field-whitehouse-loan-guarantee-bn = 貸款擔保
tui-field-whitehouse-fast-track = 審批快速通道
tui-field-whitehouse-federal-rule = 聯邦分攤規則
tui-field-whitehouse-federal-share = 聯邦規則：大型負載分攤
tui-field-whitehouse-relief-bn = 家戶補助
tui-field-whitehouse-statement = 公開表態

## Charts

tui-chart-index = 股價指數
tui-chart-bills = 家戶電費
tui-chart-reserve = 備用容量率
tui-chart-approval = 支持度
tui-chart-scores = 分數與公共福祉
tui-chart-spreads = 信用利差
tui-chart-score-bars = 目前分數（✓ 目標達標中）
tui-chart-empty = 每結算一季，圖表就會多一點：先玩一兩季吧。
tui-welfare = 公共福祉
tui-welfare-short = 福祉
tui-welfare-who = 所有人
tui-welfare-note = 電費、可靠度、財富、就業

## Hand-over, results, end of game

tui-handover-title = 交接
tui-handover = 請交給{ $seat }隊，然後按 { $key }。
tui-handover-date = { $date } 的指令。
tui-handover-hidden = 在那之前畫面保持空白：上一隊的指令已隱藏。
tui-waiting-title = 指令已送出
tui-waiting-others = { $seat } 的指令已送出。正在等待其他席位……
tui-thinking-title = 電腦玩家決策中
tui-thinking = { $seat }（{ $level }）思考中…… { $done }/{ $budget } 個方案
tui-results-title = { $date }：發生了什麼
tui-results-events = 事件
tui-results-grid = 電網
tui-results-households = 家戶
tui-results-markets = 市場與信用
tui-results-politics = 政治
tui-results-supply = 完工項目
tui-results-news = 新聞
tui-results-scores = 分數
tui-results-reserve = 備用容量 { $margin }%（目標 { $target }%）
tui-results-prices = 電能 ${ $energy }/MWh（數據中心區 ${ $zone }）· 容量 ${ $capacity }/MW日
tui-results-dr = 需量反應：{ $hours } 個緊絀時段削減 { $gwh } GWh；數據中心因待命及削減獲付 { $paid } 百萬美元
tui-results-unserved = { $gwh } GWh 未能供電：輪流停電，最多同時 { $households } 千戶斷電
tui-results-bill = 每月 ${ $bill }
tui-results-bill-quarter = 較上季 { $change }
tui-results-bill-year = 較去年同季 { $change }
tui-results-bill-rest = 每度 { $cents } 美分 · { $arrears }% 欠費
tui-results-index = 指數 { $index }
tui-results-market-rest = 泡沫指標 ×{ $bubble } · AI 年營收 ${ $revenue }B
tui-results-approval = 支持度 { $approval }%
tui-results-jobs = 製造業就業 { $jobs } 千人
tui-results-approval-pull = 支持度趨向 { $target }%，每季縮小差距的 { $share }%：{ $parts }
tui-pull-anchor = 基準 { $value }%
tui-pull-bills = 電費 { $change }
tui-pull-prices = 物價 { $change }
tui-pull-wealth = 股市 { $change }
tui-pull-jobs = 就業 { $change }
tui-pull-relief = 紓困 { $change }
tui-pull-deficit = 赤字 { $change }
tui-results-election-won = 選舉：執政黨贏得 { NUM($total) } 席中的 { NUM($seats) } 席（需要 { NUM($needed) } 席）。
tui-results-election-lost = 選舉：執政黨落敗，只拿下 { NUM($total) } 席中的 { NUM($seats) } 席（需要 { NUM($needed) } 席）。
tui-results-completed = 資料中心 { $dc } MW · 發電 { $generation } MW · 輸電 ${ $transmission }B · 晶片 { $chips } GW
tui-fault-absorbed = 故障：{ $lost } MW 資料中心負載跳脫；電網已吸收（可承受 { $tolerable } MW）
tui-fault-shed = 低頻卸載：{ $lost } MW 負載跳脫，頻率降至 { $nadir } Hz；切除 { $shed } MW，{ $households } 千戶停電 { $hours } 小時
tui-fault-cascade = 連鎖大停電：{ $lost } MW 負載跳脫，頻率降至 { $nadir } Hz；{ $households } 千戶停電 { $hours } 小時
tui-end-title = 遊戲結束：{ $date }
tui-end-winners = 達成目標：{ $seats }。
tui-end-nobody = 沒有任何席位達成目標。
tui-end-top-score = 最高分：{ $seat }。公共福祉最終為 { $welfare } 分（滿分 100）。

## Settings

tui-settings-title = 設定
tui-settings-language = 語言
tui-settings-theme = 配色
tui-settings-volume = 音量
tui-settings-mute = 靜音
tui-settings-default-seat = 預設席位
tui-settings-no-seat = 無（Oracle）
tui-settings-save = 儲存設定
tui-settings-file = 檔案：
tui-settings-hint = 變更會立即顯示；按 { $key } 存入檔案。按鍵綁定請在檔案的 [keys] 表中編輯。
tui-settings-keys = 自訂按鍵：{ $list }
tui-settings-keys-none = 自訂按鍵：無（使用預設值）。
tui-settings-no-color = 已設定 NO_COLOR：無論哪種配色都不使用顏色。
tui-settings-no-dir = 沒有家目錄或資料目錄：無法儲存設定。
tui-settings-saved = 設定已存到 { $file }。
tui-settings-saved-backup = 設定已存到 { $file }；原本格式錯誤的檔案保留為 settings.toml.bak。
tui-settings-bad-file = { $file } 格式錯誤（{ $problem }）：改用預設值；檔案保持原狀。
tui-theme-default = 預設
tui-theme-high-contrast = 高對比
tui-theme-colour-blind-safe = 色盲友善

## Keys, help and questions

tui-key-move = 移動
tui-key-choose = 選擇
tui-key-change = 變更
tui-key-newgame-enter = 變更／開始
tui-key-random-seed = 隨機種子
tui-key-back = 返回
tui-key-continue = 繼續
tui-key-ready = 準備好了
tui-key-next-pane = 下一個窗格
tui-key-prev-pane = 上一個窗格
tui-key-tab-1 = 總覽分頁
tui-key-tab-2 = 指令分頁
tui-key-tab-3 = 圖表分頁
tui-key-tab-4 = 帳本分頁
tui-key-tab-5 = 新聞分頁
tui-key-next-tab = 下一個分頁
tui-key-prev-tab = 上一個分頁
tui-key-field = 欄位
tui-key-less = 減少／增加
tui-key-more = 增加
tui-key-less-10 = 減少十格
tui-key-more-10 = 增加十格
tui-key-toggle = 切換是／否、下一個選項
tui-key-type = 輸入數值
tui-key-reset = 恢復延續的數值
tui-key-repeat = 下季重複
tui-key-page = 上一頁／下一頁
tui-key-top = 到最上面
tui-key-bottom = 到最下面
tui-key-scroll = 捲動
tui-key-submit = 送出指令
tui-key-next-quarter = 下一季
tui-key-to-title = 回到標題畫面
tui-key-save-settings = 儲存
tui-key-help = 說明
tui-key-quit = 離開
tui-key-quit-now = 立即離開
tui-key-typing = 輸入數值
tui-key-accept = 確定
tui-key-cancel = 取消
tui-help-title = 按鍵
tui-help-intro = 本畫面的按鍵（可在設定檔的 [keys] 表中修改）：
tui-help-mouse = 滑鼠
tui-help-mouse-what = 點選分頁、欄位、選單項目與窗格；滾輪可捲動
tui-help-play-1 = 指令：選一個欄位，用 ← → 調整，或按 Enter 輸入數值；超出範圍的數值會被拒絕。
tui-help-play-2 = 你變更過的欄位會標上 •。預覽會顯示這些指令的成本與效果。
tui-help-play-3 = 完成後送出：所有真人席位都送出後，本季就會結算。
tui-help-close = 按 Esc、? 或點一下即可關閉。
tui-confirm-title = 請確認
tui-confirm-yes = 是
tui-confirm-no = 否
tui-confirm-quit = 要回到標題畫面嗎？這局沒有存檔，將會遺失。
tui-confirm-quit-autosaved = 要回到標題畫面嗎？目前為止每一季都已自動存檔（用「繼續」可以接著玩）；正在輸入的指令會遺失。
tui-confirm-submit = 送出 { $date } 的指令嗎？{ $changes ->
    [0] 與上季的指令相同。
   *[other] 你變更了 { $changes } 個數值。
}
tui-too-small = 請把終端機放大到 { NUM($width) }×{ NUM($height) }（目前是 { NUM($now_width) }×{ NUM($now_height) }）。
tui-too-small-quit = 按 { $key } 離開。

## 存檔

tui-saves-off = 這裡不提供存檔。
tui-saves-no-home = 找不到存放存檔的主目錄（請用 --data-dir DIR 指定）：遊戲照常進行，但不會存檔。
tui-saves-folder = 無法在 { $dir } 存檔（{ $reason }）：遊戲照常進行，但不會存檔。
tui-saves-none = 目前還沒有存檔：每一季結束後遊戲都會自動存檔。
tui-autosave-failed = 自動存檔失敗，遊戲照常進行：{ $problem }
tui-saves-title-load = 載入存檔
tui-saves-title-replay = 重播存檔
tui-saves-title-compare = 與另一個存檔比較
tui-saves-title-compare-with = 拿 { $name } 與下列存檔比較
tui-saves-col-saved = 存檔時間（UTC）
tui-saves-col-name = 名稱
tui-saves-col-scenario = 情境
tui-saves-col-quarter = 季度
tui-saves-col-seats = 席位
tui-saves-start = 開局
tui-saves-seats = { $humans }{ $bots ->
    [0] {""}
   *[other] {" "}＋ { $bots } 個電腦
}
tui-saves-seats-none = { $bots } 個電腦
tui-saves-detail = { $scenario }，種子 { $seed }：{ $quarters ->
    [0] 尚未進行任何一季
   *[other] 已進行 { $quarters } 季，至 { $date }
}。由 Overbuild { $version } 存檔。
tui-saves-unreadable = 這個檔案無法開啟；列出來是讓你知道它在這裡。它不會被覆寫。
tui-saves-other-scenario = 情境不同：只有 { $scenario } 的存檔能與這局比較。
tui-role-bot-of = 電腦（{ $personality }，{ $level }）
tui-role-script = 指令來自 { $source }
tui-role-as-played = 照原局
tui-level-easy = 簡單
tui-level-normal = 普通
tui-level-hard = 困難
tui-level-expert = 專家
tui-level-expert-think = 專家（{ $think } 個方案）
tui-personality-baseline = 基準
tui-personality-cautious = 謹慎
tui-personality-aggressive = 積極
tui-personality-ratepayer = 電費用戶優先
tui-personality-growth = 成長優先
tui-personality-populist = 民粹
tui-personality-market = 市場優先
tui-load-choose-seats = 這個存檔沒有人在鍵盤前玩過：請選擇你的席位，從 { $date } 接著玩。
tui-save-as-title = 另存新檔
tui-save-as-prompt = 為這個存檔取個名字（字母、數字、- 和 _）。自動存檔也會照常進行。
tui-save-as-name = 名稱：
tui-save-as-save = 存檔
tui-save-as-empty = 請先輸入名稱。
tui-save-as-replace = 已有名為「{ $name }」的存檔。要取代它嗎？舊檔會保留為備份（.bak）。
tui-saved-as = 已存為「{ $name }」：{ $file }
tui-key-save-game = 另存新檔
tui-key-load = 接著玩
tui-key-replay = 重播
tui-key-compare-with = 比較

## 新遊戲：電腦對手、分岔

tui-newgame-fixed = （沿用這局的設定）
tui-newgame-as-played = 原局的指令，之後交給電腦
tui-newgame-bot-hint-fork = ← → 照原局，或電腦對手（共 { $count } 種：性格 × 難度） · 空白鍵：改由真人扮演
tui-newgame-bot-hint = ← → 選擇這個電腦對手（共 { $count } 種：性格 × 難度） · 空白鍵：改由真人扮演
tui-fork-headline = 從 { $name } 的 { $date }（第 { NUM($quarter) } 季）之前分岔：選擇從這裡起由誰扮演各席位。真人席位的指令會先填入當時實際下的指令。
tui-fork-started = 這是分岔出來的一局：從這裡起沿用相同的種子，存檔會寫成新檔案。指令先照原局填好，想改哪裡就改哪裡。

## 重播檢視器

tui-replay-badge = 重播
tui-replay-seed = 種子 { $seed }
tui-replay-compared-with = 對照 { $name }
tui-replay-tab-orders = 指令
tui-replay-tab-events = 發生了什麼
tui-replay-tab-compare = 比較
tui-replay-diverged = 這個存檔已無法完全重現：它在{ $at }出現分歧。存檔的是 Overbuild { $saved_by }；從那裡起你看到的是這個版本的重播，而不是當時實際的對局。
tui-replay-diverged-start = 開局的世界
tui-replay-diverged-quarter = 第 { NUM($quarter) } 季（{ $date }）
tui-replay-no-quarters = 這個存檔還沒有進行任何一季。
tui-replay-jump-prompt = 跳到第幾季（1–{ NUM($quarters) }，或像 2026 Q3 這樣的日期）：
tui-replay-bad-jump = 「{ $text }」不是這局的季度：請輸入 1 到 { NUM($quarters) }，或 { $first } 之後的日期。
tui-replay-seats = 席位
tui-replay-all-seats = 所有席位
tui-replay-all-seats-sub = 每個席位的指令
tui-replay-orders-all = { $date } 每個席位的指令
tui-replay-col-now = 本季指令
tui-replay-col-before = 延續
tui-replay-legend = • 與延續的指令不同 · { $key }：只看變更
tui-replay-legend-changed-only = 只看變更 · { $key }：顯示全部欄位
tui-replay-no-changes = 與上一季延續下來的指令相比沒有變更。
tui-replay-changed = { $count ->
    [0] 沒有變更
   *[other] { $count } 項變更
}
tui-replay-events = 事件
tui-replay-no-events = 無
tui-replay-election-won = 選舉：白宮陣營獲勝
tui-replay-election-lost = 選舉：白宮陣營落敗
tui-replay-loss-events = { $count } 次大型負載流失事件（故障中共 { $mw } MW 數據中心離線）
tui-replay-blackouts = { $count } 次大停電
tui-replay-seen-as = 以 { $seat } 的角度檢視（它的目標與私人新聞） · { $key }：下一個席位
tui-replay-override = ✎ 主持人把 { $pointer } 設為 { $value }（{ $reason }）
tui-replay-rewound = ↺ 這一季第一次的結果被收回重來（{ $reason }）
tui-private-of = 僅 { $seat } 可見
tui-key-quarter = 季度
tui-key-year-back = 倒退一年
tui-key-year-on = 前進一年
tui-key-first-quarter = 第一季
tui-key-last-quarter = 最後一季
tui-key-jump = 跳到某一季
tui-key-fork = 從這裡分岔
tui-key-compare = 比較
tui-key-compare-stop = 停止比較
tui-key-changed-only = 只看變更／全部
tui-key-next-seat = 下一個席位
tui-key-replay-tab-1 = 指令分頁
tui-key-replay-tab-2 = 總覽分頁
tui-key-replay-tab-3 = 圖表分頁
tui-key-replay-tab-4 = 發生了什麼分頁
tui-key-replay-tab-5 = 比較分頁
tui-help-replay-1 = ← → 逐季前後移動；t 跳到某一季；時間軸標示公司違約 ✗、事件 ★、大停電 ‼、選舉 ◆、降評 ▽、股市崩跌 ↘，與另一個存檔對照時標示 = 相同或 ≠ 不同。
tui-help-replay-2 = 從這裡分岔（f）會以相同的種子重玩畫面上這一季：選擇真人席位、改變任何決策，分岔出來的一局會存成新檔案。
tui-help-replay-3 = 比較（c）會把同一情境的另一個存檔放在旁邊逐季對照；不同之處標示 ≠。

## 比較兩個存檔

tui-compare-game = { $name }（種子 { $seed }，{ $quarters } 季）
tui-compare-first = 第一處差異：第 { NUM($quarter) } 季。
tui-compare-identical-games = 兩局完全相同。
tui-compare-no-quarter = 兩局都沒有這一季。
tui-compare-only-a = 只有 A 進行了這一季。
tui-compare-only-b = 只有 B 進行了這一季。
tui-compare-same-quarter = 這一季兩局相同。
tui-compare-differs = 這一季兩局不同。
tui-compare-orders = { $count ->
    [0] 指令：相同
   *[other] 指令：{ $count } 個欄位不同
}
tui-compare-injects = 主持人插入的事件不同。
tui-compare-what = 哪裡不同
tui-compare-figures = 本季結束後的數據
tui-compare-col-figure = 數據
tui-compare-col-delta = B − A
tui-compare-legend = ≠ 不同 · { $key }：只看差異
tui-compare-legend-only = 只看差異 · { $key }：顯示全部數據
tui-compare-no-figures = 沒有任何數據不同。
tui-results-prices-energy-only = 電能 ${ $energy }/MWh（數據中心區 ${ $zone }）· 只有電能市場
tui-why-gas = {"  "}電廠的天然氣：上一季每百萬英熱單位 ${ $before }，本季 ${ $after }（氣價飆升只持續當季）
tui-results-gas = {" "}· 天然氣 ${ $gas }/MMBtu
tui-results-gas-moved = {" "}· 本季天然氣 ${ $gas }/MMBtu（平常 ${ $normal }）
tui-fault-absorbed-summary = { $count ->
    [1] 1 次故障：{ $low } MW 資料中心負載跳脫{ $events ->
        [0] {""}
       *[other] ，為大型負載流失事件
    }；電網吸收（可承受 { $tolerable } MW）
   *[other] { $count } 次故障：每次 { $low }–{ $high } MW 資料中心負載跳脫，其中 { $events } 次為大型負載流失事件；電網全部吸收（可承受 { $tolerable } MW）
}
tui-chart-share-prices = 股價（開局的倍數）
tui-chart-backlog = Oracle 的未交付合約
tui-chart-openai-revenue = 營收對承諾
tui-chart-arrears = 欠費家庭
tui-chart-jobs = 新增製造業就業
tui-chart-budget = 聯邦預算
tui-chart-tariff-quarter = 關稅收入，本季
tui-chart-election = 選舉
tui-unit-x-start = × 開局
tui-unit-usd-bn-yr = 十億美元/年
tui-unit-thousands = 千

## Why: the causes of a figure's change

tui-key-why = 變動原因
tui-why-title = 原因：{ $figure }
tui-why-title-none = 原因
tui-why-none = 尚未進行任何一季：沒有可解釋的變動。
tui-why-unavailable = 無法在此重算上一季：之前有人手動修改了局勢（主持人覆寫）。
tui-why-change = { $date }：{ $before } → { $after } { $unit }（{ $change }）。原因，由大至小：
tui-why-events = 本季事件
tui-why-drift = 自然變動（無人行動）
tui-why-drift-note = 自然變動是指：若本季無人改變指令、亦無事件發生，本季仍會出現的變動，包括先前指令的作用（在建工程、已借的債）及大勢本身的走向。
tui-why-keys = { $up }/{ $down } 其他數字（第 { $at } 個，共 { $of } 個）· { $help } 意義 · 按 { $close } 關閉

## Glossary

tui-key-glossary = 數字詞彙表
tui-glossary-title = 詞彙表：每個數字的意義
tui-glossary-keys = { $up }/{ $down } 其他數字 · { $close } 關閉
tui-results-why = 分數為何變動（最大的原因；按 w 看更多）
tui-results-why-none = 沒有變動
tui-why-drift-short = 自然變動
tui-why-events-short = 事件
tui-end-story = 這局的經過
tui-end-mattered = 影響最大的決策

## Intent: what the seat means its orders to do this quarter

tui-key-intent = 意圖
tui-intent-title = { $date } 的意圖
tui-intent-prompt = 這一季的指令要達成什麼？寫一行即可，也可以選一個你預期的數字。檢討時會把它和實際結果並列。
tui-intent-text = 意圖
tui-intent-figure = 預期
tui-intent-compare = 應為
tui-intent-value = 數值
tui-intent-no-figure = 不指定數字
tui-intent-now = 目前 { $value } { $unit }
tui-intent-keys = ↑↓ 換行   ←→ 選擇   { $keep } 保留   { $cancel } 取消
tui-intent-bad-value = 「{ $text }」不是數字；請輸入你預期的數值，例如 170 或 2.5。
tui-intent-line = 你的意圖：{ $text }
tui-intent-empty = 尚未寫下意圖：按 { $key } 寫一行，供檢討使用。
intent-at-most = 至多
intent-at-least = 至少
intent-expect = { $figure }{ $compare } { $value } { $unit }
tui-replay-intent = 意圖：{ $text }
tui-replay-intent-why = 原因：{ $causes }
