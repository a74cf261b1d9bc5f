# serve strings (zh-Hant)：工作坊伺服器、主持人控制台與投影畫面。用語同 main.ftl 的用語表。

## 伺服器啟動與停止時印出

serve-banner-title = Overbuild 工作坊伺服器
serve-banner-listening = 正在 { $address } 監聽
serve-banner-local-only = 目前只有這台電腦能加入。要讓場內的筆電連入，請加上 --bind 0.0.0.0（或本機在場內網路的位址）重新啟動。
serve-banner-game = 情境 { $scenario }，種子 { $seed }，{ $tables } 桌
serve-banner-host-key = 主機金鑰 { $fingerprint }（{ $file }）
serve-banner-join = 加入方式：ssh -p { $port } 席位名稱@主機，密碼輸入該席位的代碼：
serve-banner-saving = 每季結束後存檔至 { $file }
serve-banner-resume = 重新啟動後接續：{ $command }
serve-banner-stop = 按 Ctrl-C 停止伺服器（每一桌都會存檔）。
serve-stopping = 正在停止：儲存每一桌，並向所有連線道別。

## 連線被拒或被關閉時的訊息

serve-refused-taken = { $seat } 已經從另一個終端機連線。每個席位只能有一個連線：如果那是你，請關掉另一個視窗、等半分鐘，或請主持人釋放這個席位（按 k）。
serve-refused-bot = 這場遊戲中 { $seat } 由機器人操作。請主持人把它交給你的隊伍（按 b）。
serve-refused-unknown = 這台伺服器上沒有這一桌或這個席位。
serve-goodbye = 你已離開遊戲。席位會保留你的指令草稿：用同一組代碼再次連線即可繼續。
serve-kicked = 主持人關閉了這個連線。準備好後請用席位代碼再次連線。
serve-shutdown = 工作坊伺服器已停止。每一桌都已存檔。

## 席位畫面上

serve-tag-table = 第 { $n } 桌
serve-paused-banner = ‖ 主持人已暫停
serve-notice-filled-standing = 時間到：本季沿用你的常設指令。
serve-notice-filled-bot = 時間到：本季由你席位的機器人代為決定。
serve-notice-override = 主持人把 { $figure } 從 { $old } 改為 { $new }：{ $reason }
serve-notice-rewound = 主持人收回了上一季；{ $date } 重新進行（{ $reason }）。你當時的指令已成為草稿。
serve-notice-ended = 主持人結束了這場遊戲。

## 主持人控制台

serve-facilitator = 主持人
serve-table-of = 第 { $n } 桌，共 { $count } 桌
serve-quarter-of = 第 { $n } 季，共 { $count } 季
serve-paused = 已暫停
serve-waiting = 計時等候玩家入座
serve-ended = 遊戲結束
serve-too-small = 控制台至少需要 60 × 16 個字元；這個視窗是 { $width } × { $height }。
serve-pane-seats = 席位
serve-pane-injects = 本季的插入事件
serve-pane-proposals = 模型提議（a 核准，x 否決）
serve-pane-log = 經過
serve-pane-reasons = 電腦玩家上一季的理由
serve-status-bot = 機器人
serve-status-not-joined = 尚未加入
serve-status-editing = 編輯中
serve-status-submitted = 已送出
serve-status-disconnected = 已斷線
serve-online = 連線中
serve-offline-for = 離線 { $time }
serve-fill = 時間到時：{ $fill }（按 f 切換）
serve-fill-standing = 沿用常設指令
serve-fill-bot = 由席位的機器人決定
serve-injects-none = 尚未排入。i：從牌組選；c：自己寫標題。
serve-proposals-none = 沒有提議：目前沒有任何事件的條件成立。
# 常用的在前：主控台太窄時，整條捨去後面的提示（? 列出所有按鍵）。
serve-console-keys = ? 說明  ←→ 換桌  u 看板  m 流程  p 暫停  t 計時  v 投影  l 時間表  i/c 插入  r 結算  ↑↓ Tab 選擇  o 覆寫  w 倒回  e 結束
serve-override-none = 還沒有任何一季結算：沒有可覆寫的結果。
serve-rewind-none = 還沒有任何一季結算：沒有可倒回的季度。
serve-need-reason = 需要填寫理由：它會寫進存檔與檢討報告。
serve-bad-minutes = 「{ $text }」不是分鐘數（0 到 600；0 或空白表示不限時）。
serve-bad-pointer = 「{ $pointer }」沒有指向世界中的單一數值（JSON 指標，例如 /regions/0/retail/bill_month）。
serve-bad-value = 「{ $text }」不能取代 { $old }：請輸入同一類的值。

serve-confirm-title = 確定嗎？
serve-confirm-keys = y 是    n 否
serve-confirm-resolve = 現在結束這一季嗎？尚未送出的席位會依設定代填。
serve-confirm-end = 現在結束這一桌的遊戲嗎？各席位會進入最終得分。
serve-confirm-rewind = 收回上一季嗎？這一桌會回到那一季之前的世界。
serve-confirm-kick = 關閉 { $seat } 的連線嗎？它的指令草稿會保留。
serve-confirm-leave = 離開控制台嗎？遊戲會繼續進行。

serve-prompt-keys = Enter 確認    Esc 取消
serve-prompt-minutes = 每季時限
serve-prompt-minutes-hint = 每季幾分鐘（0 或空白：不限時）。倒數現在重新開始。
serve-prompt-headline = 自訂插入事件：標題
serve-prompt-headline-hint = 每個席位都會在本季新聞中讀到的標題。
serve-prompt-explanation = 自訂插入事件：說明
serve-prompt-explanation-hint = 在「{ $headline }」下方的一兩句說明（可留空）。
serve-prompt-pointer = 覆寫：任一數值
serve-prompt-pointer-hint = 依存檔格式指向世界的 JSON 指標，例如 /regions/0/grid/reserve_margin
serve-prompt-value = 覆寫：{ $figure }
serve-prompt-value-hint = 新的數值（目前為 { $old }）。
serve-prompt-reason = 覆寫：理由
serve-prompt-reason-hint = 為什麼 { $figure } 改為 { $value }。玩家會看到，存檔會保留。
serve-prompt-rewind = 倒回：理由
serve-prompt-rewind-hint = 為什麼收回上一季。玩家會看到，存檔會保留。

serve-picker-keys = ↑↓ 選擇    Enter 採用    Esc 取消
serve-deck-title = 從牌組插入事件
serve-figures-title = 覆寫上一季的模型結果
serve-figure-custom = 其他數值（輸入 JSON 指標）…
serve-fig-index = 股價指數
serve-fig-sentiment = 市場情緒
serve-fig-approval = 全國支持度（0–1）
serve-fig-reserve = 備用容量率，{ $region }
serve-fig-energy-price = 電能價格 $/MWh，{ $region }
serve-fig-residential = 住宅電價 ¢/kWh，{ $region }
serve-fig-bill = 每月電費 $，{ $region }
serve-fig-region-approval = 支持度（0–1），{ $region }
serve-fig-market-cap = 市值（十億美元），{ $company }
serve-fig-spread = 信用利差 bp，{ $company }
serve-fig-adoption = AI 採用率

serve-help-title = 主持人按鍵
serve-help-close = 按任意鍵關閉。
serve-help-tables = 切換桌次
serve-help-select = 在席位或提議中移動（Tab 切換）
serve-help-pause = 暫停或繼續這一桌（席位會看到橫幅且無法輸入）
serve-help-timer = 設定每季時限（分鐘）
serve-help-extend = 倒數加減一分鐘
serve-help-fill = 時間到時：沿用常設指令或交給席位的機器人
serve-help-resolve = 立刻結束這一季
serve-help-deck = 從情境牌組插入事件卡
serve-help-custom = 插入你自己寫的標題
serve-help-unqueue = 收回最後排入的插入事件
serve-help-approve = 核准或否決選取的模型提議
serve-help-override = 覆寫模型結果，並附理由
serve-help-rewind = 倒回上一個已結算的季度，並附理由
serve-help-end = 結束這一桌的遊戲
serve-help-bot = 把選取的席位交給機器人，或交還給玩家
serve-help-kick = 關閉選取席位的連線（釋放卡住的席位）
serve-help-projector = 投影畫面：大字數據與圖表
serve-help-compare = 各桌並排比較
serve-help-leave = 離開控制台

## 投影畫面

serve-proj-index = 股價指數
serve-proj-approval = 支持度
serve-proj-bill = 平均每月電費
serve-proj-blackouts = 大停電
serve-proj-welfare = 公共福祉
serve-proj-news = 頭條
serve-proj-no-news = 尚無頭條。
serve-projector-keys = ←→ 換桌   c 換圖表   s 各桌並排   v 或 Esc 返回
serve-compare-title = 各桌並排比較
serve-compare-seed = 種子 { $seed }
serve-compare-figures = 各桌現況
serve-compare-reached = 進行到
serve-compare-score = 得分：{ $seat }
serve-compare-keys = Esc 返回   v 投影

## 提交看板、插入事件時間表、流程表

serve-idle = {" "}· 閒置 { $time }
serve-board-title = 提交看板
serve-board-table = 桌  計時
serve-board-drafting = 擬定中
serve-board-submitted = 已送出
serve-board-not-joined = 未加入
serve-board-bot = 電腦
serve-board-waiting = 等候中
serve-board-legend = ✓ 已送出  ✎ 擬定中，距上次按鍵分鐘數  ● 連線  ○ 離線  ⚙ 電腦  等候中：有玩家入座才開始計時
serve-board-keys = ←→ 換桌   u 或 Esc 返回
serve-help-board = 提交看板：每一桌與每個席位
serve-help-timeline = 插入事件時間表：新增、移動或刪除排定的事件
serve-help-run-sheet = 流程表：各階段、時間與提問
serve-run-title = 流程表
serve-run-sheet = 流程表
serve-run-now = 現在：{ $phase }
serve-run-next = 下一步：{ $phase }，於 { $time }
serve-run-late = ⚠ 落後 { $minutes } 分鐘
serve-run-phase-quarter = { $title }（第 { $n } 季）
serve-run-questions = 要問的問題
serve-run-keys = g 流程表計時從現在開始   m 或 Esc 返回
serve-confirm-start-agenda = 流程表計時從現在開始（工作坊開始）？
serve-timeline-title = 插入事件時間表
serve-timeline-now = 正在進行第 { $n } 季；排定的事件在該季結算時插入。
serve-timeline-quarter = 第{ $n }季
serve-timeline-fired = 已插入
serve-timeline-none = 尚未排定：按 n 新增。
serve-timeline-keys = ↑↓ 選擇   n 新增   + - 移動一季   x 刪除   l 或 Esc 返回
serve-prompt-schedule-quarter = 排在哪一季？
serve-prompt-schedule-quarter-hint = 「{ $card }」在這一季（輸入數字）結算時插入。
serve-prompt-schedule-note = 你的備註（可留空）
serve-prompt-schedule-note-hint = 第 { $n } 季的「{ $card }」：要問或要記得的事。
serve-bad-quarter = 「{ $text }」不是季數：請輸入數字，例如 5

serve-banner-tutorial = 任何人：在自己的一桌玩新手導覽遊戲，不存檔
serve-tutorial-goodbye = 教學桌已關閉。你們隊伍的席位在等你：用席位名稱和代碼登入。
