# 純文字模式（`overbuild play --plain`）：逐行對話，供屏幕閱讀器和腳本使用。
# 每個數字都帶單位；不以顏色表達意思。指令、欄位名稱、地區代號和取值在所有語言中都保持英文：
# 那是玩家要輸入的內容。用語見 main.ftl 開頭的用語表。

## Start

# Separators of lists in sentences.
plain-list-separator = ；
plain-comma = 、

plain-welcome = Overbuild 純文字模式。劇本：{ $scenario }，{ $start } 至 { $end }，共 { $turns } 季。
plain-welcome-help = 在每個提示後輸入指令並按 Enter；輸入 `help` 列出所有指令。
plain-ask-seats = 你要扮演哪些席位？輸入以空格分隔的席位代號（openai、oracle、utility、whitehouse），`all` 代表全部，`none` 代表旁觀機械人對弈。直接按 Enter 即選 oracle。
plain-bad-seat = 沒有席位「{ $seat }」：請用 openai、oracle、utility 或 whitehouse，或 `all`、`none`。
plain-seats = 席位：{ $list }。
plain-seat-human = { $seat }由你扮演
plain-seat-bot = { $seat }由機械人扮演
plain-ask-seed = 種子：輸入一個整數，或直接按 Enter 使用 { $seed }。
plain-bad-seed = 「{ $text }」不是有效種子：請輸入 0 至 18446744073709551615 之間的整數。
plain-seed = 種子 { $seed }。重玩同一局：{ $command }

## A seat's turn

plain-turn-heading = === { $date }，第 { $turn } 季（共 { $turns } 季）：{ $seat } ===
plain-objective-openai = 目標：增加上線算力和收入，同時不讓現金耗盡。若 OpenAI 違約，你繼續經營重整後的公司。
plain-objective-oracle = 目標：資料中心上線、股價和投資級信用評級，且不過度燒錢。若 Oracle 違約，你繼續經營重整後的公司。
plain-objective-utility = 目標：不發生大停電，住宅電價不超上限，電力公司保持償債能力。
plain-objective-whitehouse = 目標：贏得選舉，推高股票指數，帶回製造業職位，且守住赤字上限。
plain-score = 得分：{ NUM($score, digits: 1) } 分（滿分 100）；目標{ $met }。
plain-met = 已達成
plain-not-met = 未達成
plain-score-part = { $name }：{ $value }，目標 { $target }；得 { $points } 分（滿分 { NUM($max) }）；{ $met }。

plain-market = 市場：股票指數 { NUM($index, digits: 1) }（高峰 { NUM($peak, digits: 1) }，開局為 100）；AI 市場情緒 { NUM($sentiment, digits: 2) }（範圍 -1 至 1）；無風險利率 { NUM($rate, digits: 2) }%；本季債券買家約可認購 { NUM($appetite, scale: 10) }億美元。
plain-region-prices = { $region }：住宅電價每千瓦時 { NUM($cents, digits: 1) } 美分（¢/kWh）；平均電費每月 { NUM($bill) } 美元，較上季 { NUM($quarter, scale: 100) }%，較去年同季 { NUM($growth, scale: 100) }%；備用容量率 { NUM($margin, scale: 100) }%，目標 { NUM($target, scale: 100) }%；能源價格每兆瓦時 { NUM($energy) } 美元，數據中心區 { NUM($zone) } 美元；容量價格每兆瓦日 { NUM($capacity) } 美元。
plain-region-load = { $region }數據中心：已接入 { NUM($connected) } MW，已建成待接入 { NUM($waiting) } MW{ $held ->
        [0] {""}
       *[other] （其中 { NUM($held) } MW 因缺乏故障穿越而暫緩）
    }，併網排隊 { NUM($queue) } MW，已批准 { NUM($approved) } MW；可接入容量 { NUM($hosting) } MW；{ NUM($ride, scale: 100) }% 具備故障穿越能力。尖峰負載 { NUM($peak) } MW，可靠容量 { NUM($firm) } MW。
plain-region-people = { $region }住戶：{ NUM($arrears, scale: 100) }% 欠繳電費；政府支持度 { NUM($approval, scale: 100) }%；上季大型負載流失事件 { $events } 次，故障中共 { NUM($lost) } MW 數據中心離線，大停電 { $blackouts } 次。
plain-company = { $company }：現金 { $cash_sign }{ NUM($cash, scale: 10) }億美元；債務 { NUM($debt, scale: 10) }億美元；市場已知的表外債務 { NUM($hidden, scale: 10) }億美元；信用評估計入的全部負債（含租賃、供應商貸款與未付的確定訂單）{ NUM($owed, scale: 10) }億美元，其中已承諾未付的建設 { NUM($build_out, scale: 10) }億美元；市值 { NUM($cap, scale: 10) }億美元；股價 { NUM($price, digits: 2) } 美元；評級 { $rating }，息差 { NUM($spread) } 基點；上季收入 { NUM($revenue, scale: 10) }億美元，自由現金流 { $fcf_sign }{ NUM($fcf, scale: 10) }億美元。
plain-company-insolvent = { $company } 自 { $date } 起違約。
plain-politics = 政治：全國支持度 { NUM($approval, scale: 100) }%；製造業職位 { NUM($jobs) } 千個（較開局 { NUM($jobs_change) } 千個）；全國住宅電價每千瓦時 { NUM($cents, digits: 1) } 美分，電費較開局高 { NUM($bills, scale: 100) }%；{ NUM($arrears, scale: 100) }% 住戶欠繳電費；選舉勝 { $won } 場，敗 { $lost } 場。
plain-next-election = 下一場選舉：{ $date } 的{ $kind }，還有 { $quarters } 季。
plain-no-election = 本局已沒有選舉。
plain-election-midterm = 中期選舉
plain-election-general = 總統選舉
plain-congress-divided = 國會分裂：新的補貼和貸款擔保被阻擋。
plain-policy = 現行規則：晶片關稅 { NUM($chip, scale: 100) }%，設備關稅 { NUM($equipment, scale: 100) }%；大型負載承擔 { NUM($share, scale: 100) }% 電網升級費用；故障穿越{ $ride }。
plain-required = 屬強制要求
plain-not-required = 不屬強制要求

plain-own-openai = 你的帳簿：上線算力 { NUM($compute, digits: 2) } GW，合約算力 { NUM($contracted, digits: 2) } GW，在訂晶片 { NUM($chips, digits: 2) } GW（其中 { NUM($vendor, digits: 2) } GW 由英偉達融資）；年化收入 { NUM($revenue, scale: 10) }億美元，每年承擔 { NUM($commitments, scale: 10) }億美元；付費需求為推理算力可服務量的 { NUM($demand, digits: 2) } 倍（大於 1：需求未獲滿足；小於 1：算力閒置）；估值 { NUM($valuation, scale: 10) }億美元。
plain-own-oracle = 你的帳簿：上線數據中心 { NUM($online, digits: 2) } GW，合約 { NUM($contracted, digits: 2) } GW；興建中 { NUM($building) } MW，待接入 { NUM($waiting) } MW；自備燃氣發電機 { NUM($onsite) } MW；具故障穿越 { NUM($ride) } MW；表外債務 { NUM($hidden, scale: 10) }億美元；特殊目的載體（SPV）未動用資金 { NUM($pot, scale: 10) }億美元；已提取信貸額度 { NUM($revolver, scale: 10) }億美元。
plain-own-utility = 你的帳簿：現金 { $cash_sign }{ NUM($cash, scale: 10) }億美元；債務 { NUM($debt, scale: 10) }億美元；營運資金相當於債務的 { NUM($ffo, scale: 100) }%；息差 { NUM($spread) } 基點；基本電價為開局的 { NUM($base, digits: 2) } 倍；建設成本為開局的 { NUM($costs, digits: 2) } 倍。
plain-own-whitehouse = 你的預算：上季計劃開支 { NUM($budget, scale: 10) }億美元（開局以來 { NUM($total, scale: 10) }億美元）；開局以來關稅收入 { NUM($tariffs, scale: 10) }億美元；上季赤字 { NUM($deficit, scale: 10) }億美元，計劃累積債務 { NUM($debt, scale: 10) }億美元，國債收益率因此上升 { NUM($yields) } 個基點；未償聯邦貸款擔保 { NUM($guarantees, scale: 10) }億美元。

plain-news-heading = 上季新聞：
plain-news-private-heading = 上季只有你知道的新聞（其餘見上方的結果）：
plain-news-none = 上季沒有新聞。
plain-news-item = - { $text }
plain-news-private = - （只有你知道）{ $text }
plain-event = - 事件：{ $headline }。{ $explanation }

## Orders

plain-orders-intro = { $seat }的指令。規則沿用上季；單次命令從零開始，除非標記為重複。輸入 `show` 列出欄位，`set 欄位 數值`（分地區的欄位：`set 欄位 地區 數值`）修改，`preview` 預覽效果，`done` 提交。
plain-prompt = { $seat }>
plain-field = { $field } = { $value }（容許：{ $range }；{ $carry }）。{ $help }
plain-field-regional = { $field }：{ $values }（容許：{ $range }；{ $carry }）。{ $help }
plain-carry-rule = 規則：更改前持續有效
plain-carry-once = 單次：僅限本季
plain-carry-repeat = 單次，下季重複
plain-repeat-on = { $field } 下季將重複。
plain-repeat-off = { $field } 改回僅限本季。
plain-repeat-rule = { $field } 是規則，會自動延續。
plain-region-value = { $region } { $value }
plain-range = { $min } 至 { $max }
plain-range-regional = 每個地區 { $min } 至 { $max }
plain-range-toggle = yes 或 no
plain-range-choice = 以下其中之一：{ $choices }
plain-unit-years = 年
plain-yes = 是
plain-no = 否
plain-choice-quiet = 保持沉默
plain-choice-confident = 信心十足
plain-choice-cautious = 審慎
plain-set = { $field } 現為 { $value }。
plain-set-region = { $region }的 { $field } 現為 { $value }。
plain-refused = 拒絕：{ $field } = { $value } 超出容許範圍（{ $range }）。
plain-not-a-number = 「{ $text }」不是數字：{ $field } 須為數字，範圍 { $range }。
plain-not-a-toggle = 「{ $text }」不是 yes 或 no：{ $field } 只接受 yes 或 no。
plain-not-a-choice = 「{ $text }」不容許：{ $field } 須為以下其中之一：{ $choices }。
plain-unknown-field = { $seat }沒有欄位「{ $field }」。欄位：{ $fields }。
plain-unknown-region = 沒有地區「{ $region }」。地區：{ $regions }，或 `all`。
plain-needs-region = { $field } 按地區設定：`set { $field } 地區 數值`，地區為 { $regions } 或 `all`。
plain-usage-set = 用法：set 欄位 數值；分地區的欄位用 set 欄位 地區 數值。
plain-unknown-command = 沒有指令「{ $command }」。輸入 `help` 查看指令表。
plain-preview-heading = 這些指令的效果：
plain-preview-item = - { $text }
plain-reset = 指令已回復為上季延續下來的指令。
plain-reset-field = { $field } 已回復為 { $value }。
plain-field-unavailable = { $field } 無法使用：{ $reason }
plain-in-default = { $status }
plain-score-defaulted = { $name }：此後整局失去 { NUM($max) } 分。
plain-books-heading = == { $name } ==
plain-book-section = === { $title } ===
plain-book-period = 近 { $quarters } 季合計
plain-book-flow = { $name }：本季 { $quarter }，{ $period } { $running }
plain-book-stock = { $name }：{ $value }
plain-submitted = { $seat }的指令已提交。
plain-why-none = 尚未進行任何一季：沒有可解釋的變動。
plain-why-list = 可解釋的數字（輸入 `why 數字`）：{ $keys }
plain-why-unknown = 沒有數字「{ $figure }」。輸入 `why` 查看列表。
plain-why-heading = { $figure }，{ $date }：{ $before } → { $after } { $unit }（{ $change }）。原因，由大至小：
plain-why-cause = - { $cause }：{ $part }
plain-why-events = 本季事件
plain-why-drift = - 自然變動（若無人改變指令、亦無事件發生時的變動）：{ $part }
plain-why-drift-part = { "  " }- 其中{ $mechanism }：{ $part }
plain-why-how = 機制：{ $mechanism }
plain-help =
    指令：
      show            列出每個欄位的數值、容許範圍和說明
      show 欄位       只列一個欄位
      set 欄位 數值             修改欄位（開關用 yes／no）
      set 欄位 地區 數值        修改某地區（或 `all` 全部地區）的分地區欄位
      preview         這些指令的成本和效果
      reset [欄位]    回復為上季延續下來的指令
      repeat 欄位     標記單次命令下季重複（再輸入一次取消）
      status          再看一次局勢
      books           上一季的損益表、現金流量表和資產負債表
      why [數字]      上一季某數字變動的原因（不加數字：列出全部）
      help 數字       數字的意義、計算方式，以及它對你的重要性
      intent 文字     一行說明這些指令要達成什麼（供檢討使用）
      expect 數字 <= 數值         你預期本季結束時的數字（或 >=，或 none）
      done            提交這些指令
      quit            結束遊戲
plain-handover = 下一個席位：{ $seat }。

## Results

plain-results-heading = === { $date } 結果 ===
plain-results-region = { $region }：每千瓦時 { NUM($cents, digits: 1) } 美分（本季變動 { NUM($change, digits: 1) } 美分）；備用容量率 { NUM($margin, scale: 100) }%；能源價格每兆瓦時 { NUM($energy) } 美元，數據中心區 { NUM($zone) } 美元，天然氣每百萬英熱單位 { NUM($gas, digits: 2) } 美元；需量反應削減 { NUM($dr_gwh, digits: 1) } GWh，支付 { NUM($dr_paid, digits: 1) } 百萬美元；大停電 { $blackouts } 次。
plain-results-market = 股票指數 { NUM($index, digits: 1) }（本季變動 { NUM($change, digits: 1) }%）；AI 年收入 { NUM($ai, scale: 10) }億美元；全國支持度 { NUM($approval, scale: 100) }%。
plain-results-approval-pull = 支持度趨向 { NUM($target, digits: 1) }%，每季縮小差距的 { NUM($share, scale: 100) }%：基準 { NUM($anchor, digits: 1) }%，電費 { NUM($bills, digits: 1) }，物價 { NUM($prices, digits: 1) }，股市 { NUM($wealth, digits: 1) }，就業 { NUM($jobs, digits: 1) }，紓困 { NUM($relief, digits: 1) }，赤字 { NUM($deficit, digits: 1) }（百分點）。
plain-results-scores = 得分：
plain-results-seat = - { $seat }：{ NUM($score, digits: 1) } 分（滿分 100，本季變動 { NUM($change, digits: 1) }）；目標{ $met }。
plain-results-welfare = - 公共福祉：{ NUM($score, digits: 1) } 分（滿分 100，本季變動 { NUM($change, digits: 1) }）。
plain-bots-played = 由機械人扮演：{ $seats }。

## End

plain-autosaved = 已自動存檔至 { $path }（每季之後都會存檔；在 `overbuild play` 選「繼續」即可接著玩）。
plain-autosave-failed = 自動存檔失敗，遊戲照常進行：{ $problem }
plain-game-over = === 遊戲結束：{ $date } ===
plain-final-seat = { $seat }：{ NUM($score, digits: 1) } 分（滿分 100）；目標{ $met }。
plain-final-welfare = 公共福祉：{ NUM($score, digits: 1) } 分（滿分 100）。它計算電費、停電、住戶財富、就業和欠費，而不是股東價值。
plain-quit = 你在 { $date } 離開了遊戲。
plain-eof = 輸入已結束：遊戲停在 { $date }。
# Appended to the range of orders that repeat every quarter.
plain-each-quarter = {"，每季"}
plain-glossary-entry =
    { $name }（{ $unit }）
      { $how }
      對{ $seat }：{ $why }
plain-glossary-unknown = 沒有名為「{ $query }」的欄位或數字。數字：{ $names }。

## Intents: what the seat means its orders to do

plain-intent-kept = 意圖：{ $text }
plain-intent-bad = 未保留：{ $problem }。
plain-expect-kept = 預期：{ $expect }
plain-expect-none = 不指定預期數字。
plain-expect-bad = 「{ $text }」不是預期：請輸入 `expect 數字 <= 數值` 或 `expect 數字 >= 數值`（或 `expect none`），數字可用：{ $figures }

# An expert bot's reason for its move (plain mode and the facilitator's log).
