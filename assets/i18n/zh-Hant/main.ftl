# Overbuild，繁體中文。鍵名與其他語言檔共用。
#
# 用語表（依原文評論的港台用法，全檔一致）：
#   data center 數據中心 · Nvidia 英偉達 · Oracle 甲骨文 · the White House 白宮
#   utility 電力公司 · grid 電網 · blackout 大停電 · outage 停電 · substation 變電站
#   transformer 變壓器 · reserve margin 備用容量率 · capacity auction 容量拍賣
#   large load 大型負載 · ride-through 故障穿越 · interconnection queue 併網排隊
#   on-site gas turbine 自備燃氣發電機 · demand response 需求響應 · rate case 調整電價申請
#   circular deal 循環交易 · SPV 特殊目的載體（SPV） · bond 債券 · credit rating 信用評級
#   investment grade 投資級 · credit-default swap 信用違約掉期 · free cash flow 自由現金流
#   tariff 關稅 · the Fed 美聯儲 · Congress 國會 · House 眾議院 · midterms 中期選舉
#   electoral vote 選舉人票 · affordability 可負擔性 · Rust Belt 鐵鏽地帶 · households 住戶
#   hyperscalers 科技巨頭 · $B 億美元（$12.3B 寫作 123億美元）· 千戶／萬戶 · MW、GW 不譯

## Names

region-texas = 德州
region-pjm = 中大西洋／鐵鏽地帶
region-west = 西部（加州）
# 簡稱，用於容不下全名的欄位（指令表）。
region-short-texas = 德州
region-short-pjm = 中大西洋
region-short-west = 西部
company-openai = OpenAI
company-oracle = 甲骨文
company-nvidia = 英偉達
company-hyperscalers = 四大科技巨頭
seat-openai = OpenAI
seat-oracle = 甲骨文
seat-utility = 電力公司
seat-whitehouse = 白宮

## News from the engine

news-grid-shortfall = { $region }供電不足 { NUM($gwh, digits: 1) } GWh：電力短缺，輪流停電時最多同時有 { NUM($households, digits: 0) } 千戶家庭斷電。
news-grid-shortfall-cold = { $region }供電不足 { NUM($gwh, digits: 1) } GWh：嚴寒凍住天然氣供應與 { NUM($cold_gw, digits: 1) } GW 的發電廠，輪流停電時最多同時有 { NUM($households, digits: 0) } 千戶家庭斷電。
news-grid-cold-outages = 嚴寒凍住天然氣供應，最冷的一天迫使{ $region } { NUM($cold_gw, digits: 1) } GW 的發電廠停機；供電撐住了。
news-merchant-entry = { $region }：開發商動工興建 { NUM($mw) } MW { $tech ->
        [gas_cc] 燃氣複循環電廠
        [gas_peaker] 燃氣尖峰機組
        [battery] 四小時儲能電池
        [solar] 太陽能電場
       *[other] { $tech }
    }，{ $online } 前併網：過去一年每千瓩年 { NUM($margin) } 美元的毛利，高於 { NUM($cone) } 美元的新建成本。
news-capacity-auction = { $region }容量拍賣以每兆瓦日 { NUM($price) } 美元結算（{ $delivery } 交付）：備用容量率 { NUM($margin, digits: 1) }%，目標為 { NUM($target) }%。
news-dc-held-ride-through = { $region }：{ NUM($held) } MW 已完工的數據中心因缺乏故障穿越能力而暫緩併網{ $oracle ->
    [0] {""}
   *[other] （其中甲骨文 { NUM($oracle) } MW）
}：附近一次故障可能讓超過電網可承受的 { NUM($tolerable) } MW 負載同時離線。加裝故障穿越設備、公用事業的故障穿越規定或加強線路後即可併網。
news-fault-absorbed = { $region }發生故障：{ NUM($lost) } MW 數據中心離線；頻率升至 { NUM($peak, digits: 2) } Hz，電網承受住了衝擊（可承受 { NUM($tolerable) } MW）。
news-faults-absorbed = { $region }發生 { NUM($count) } 次小型故障：共 { NUM($lost) } MW 數據中心離線，最大一次 { NUM($largest) } MW；頻率最高升至 { NUM($peak, digits: 2) } Hz，電網每次都承受住了衝擊（可承受 { NUM($tolerable) } MW）。
news-fault-absorbed-event = { $region }發生大型負載流失：{ NUM($lost) } MW 數據中心同時離線；頻率升至 { NUM($peak, digits: 2) } Hz，電網已吸收（可承受 { NUM($tolerable) } MW）。
news-fault-absorbed-trip = { $region }發生大型負載流失：{ NUM($lost) } MW 數據中心離線，超出可承受的 { NUM($tolerable) } MW；頻率升至 { NUM($peak, digits: 2) } Hz，發電機組跳脫後頻率降至 { NUM($nadir, digits: 2) } Hz，仍高於 { NUM($ufls, digits: 1) } Hz 的卸載門檻：電網已吸收。
news-fault-shed = { $region }低頻卸載：{ NUM($lost) } MW 數據中心離線，發電機組跳脫，頻率降至 { NUM($nadir, digits: 2) } Hz；低頻電驛切除 { NUM($shed) } MW 負載，{ NUM($households) } 千戶停電 { NUM($hours, digits: 1) } 小時。
news-fault-cascade = { $region }發生連鎖大停電：{ NUM($lost) } MW 數據中心離線，發電機組跳脫，頻率降至 { NUM($nadir, digits: 2) } Hz，低於最後一級卸載（{ NUM($ufls_last, digits: 1) } Hz）；{ NUM($households) } 千戶斷電 { NUM($hours, digits: 1) } 小時，同時有 { NUM($onsite) } MW 數據中心靠自備燃氣發電機照常運轉。
news-oracle-build = 甲骨文在{ $region }動工興建 { NUM($mw) } MW，耗資 { NUM($cost, scale: 10) }億美元；預計 { $online } 投入運作。
news-rate-case = 監管機構批准基本電價上調 { NUM($granted, digits: 1) }%（申請上調 { NUM($asked, digits: 1) }%）。
news-utility-distress = 電力公司的現金流已不足以償債：貸款人要求困境息差。
news-bonds-capped = 債券買家只認購了發行額 { NUM($wanted, scale: 10) }億美元中的 { NUM($raised, scale: 10) }億美元（評級 { $rating }）。
news-equity-capped = 投資者只認購了這輪融資 { NUM($wanted, scale: 10) }億美元中的 { NUM($raised, scale: 10) }億美元。
news-vendor-capped = 英偉達每 GW 在訂晶片最多借出 { NUM($per_gw, scale: 10) }億美元：只借了 { NUM($wanted, scale: 10) }億美元中的 { NUM($raised, scale: 10) }億美元。
news-vendor-deal = 英偉達憑 { NUM($gw, digits: 1) } GW 晶片訂單借給 OpenAI { NUM($amount, scale: 10) }億美元：供應商為計入自己營收的需求提供資金。
news-spv-signed = 特殊目的載體（SPV）簽約：{ NUM($amount, scale: 10) }億美元的數據中心移出資產負債表，每年以 { NUM($lease, scale: 10) }億美元租回。
news-contract-signed = OpenAI 與甲骨文簽訂 { NUM($gw, digits: 1) } GW、為期 { NUM($years) } 年的算力合約，總值 { NUM($value, scale: 10) }億美元，自 { $due } 起全額交付；在此之前 OpenAI 按甲骨文實際交付的容量付款。
news-bookings-priced = 甲骨文股價在 OpenAI 合約消息公布時一度接近 { USD($news, digits: 2) }，其時市場尚未把合約所需產能按評級機構算法加到其債務上的 { NUM($debt, scale: 10, digits: 0) }億美元計入，也未重估 OpenAI 的付款能力；季末收於 { USD($close, digits: 2) }。
news-bookings-priced-built = 甲骨文股價在 OpenAI 合約消息公布時一度接近 { USD($news, digits: 2) }，其時市場尚未重估 OpenAI 的付款能力；季末收於 { USD($close, digits: 2) }（合約由其現有產能承接，無須再舉債）。
news-contract-refused = 甲骨文拒絕了 OpenAI 每 GW 每年 { NUM($offered, scale: 10) }億美元的報價（其最低價為 { NUM($minimum, scale: 10) }億美元）。
news-contract-lapsed = 甲骨文未能交付已與 OpenAI 簽約的 { NUM($mw) } MW：本季 { NUM($value, scale: 10, digits: 1) }億美元的合約款項失效，其未交付訂單也隨之減少同額。
news-cash-short = { $company }本季現金短缺 { NUM($short, scale: 10) }億美元，靠外部資金補上：借入 { NUM($borrowed, scale: 10) }億美元（以交付晶片作抵押的定期貸款、信貸額度，然後是債券）{ $equity ->
        [0] 。
       *[other] ，並發行 { NUM($equity, scale: 10) }億美元新股。
    }
news-restart-capped = { $region }：只剩 { NUM($left) } MW 已退役核電機組可以重啟，因此 { NUM($wanted) } MW 無法全數下單；當地沒有其他可重啟的機組。
news-dr-capped = { $region }：當地數據中心用電約 { NUM($load) } MW，因此所要求的 { NUM($wanted) } MW 需量反應只能維持這麼多；只有正在運轉的負載才能削減或計作可靠容量。
news-insolvency = { $company } 違約：無力支付帳款（資金缺口 { NUM($shortfall, scale: 10) }億美元）。股東權益歸零，債權人接手，興建中的專案出售，合約作廢。
news-downgrade = { $company }被降級至 { $rating }：相對其資產，其債務現以 { NUM($spread) } 個基點定價，五年內違約機率 { NUM($pd, digits: 1) }%。
news-upgrade = { $company }被升級至 { $rating }：相對其資產，其債務現以 { NUM($spread) } 個基點定價，五年內違約機率 { NUM($pd, digits: 1) }%。
news-hidden-revealed = { $company }有 { NUM($amount, scale: 10) }億美元的表外債務曝光。
news-spv-consolidated = 評級機構現將{ $company }已知的 { NUM($amount, scale: 10) }億美元租賃義務（特殊目的載體與數據中心租約）全數計為債務：其規模已超過公司債。
news-ride-through-required = 新接入的大型負載必須具備故障穿越能力；現有負載有一年時間達標。
news-ride-through-fitted = 甲骨文已為 { NUM($mw) } MW 數據中心完成故障穿越加裝：其運轉中及已完工的 { NUM($fleet) } MW 中，{ NUM($share) }% 現在能在電網故障時不脫網。
news-lobbying-cap = 遊說使大型負載分攤的電網升級費用維持在 { NUM($cap, scale: 100) }%（原擬 { NUM($wanted, scale: 100) }%）。
news-congress-blocks = 國會阻擋新的補貼和貸款擔保。
news-grants = 白宮撥付 { NUM($subsidy, scale: 10, digits: 0) }億美元補助：{ NUM($factories, scale: 10, digits: 0) }億美元給變壓器和渦輪機工廠，工廠投產後約僱用 { NUM($jobs, digits: 1) } 千人；{ NUM($builders, scale: 10, digits: 0) }億美元給數據中心建造商。
news-guarantees = 白宮為甲骨文和 OpenAI 的 { NUM($guarantees, scale: 10, digits: 0) }億美元新貸款提供擔保，令其債券成本降低；預期損失 { NUM($cost, scale: 10, digits: 0) }億美元現在計入預算。
news-relief = 白宮向家庭發放 { NUM($relief, scale: 10, digits: 0) }億美元紓困金，每戶 { USD($each) }。
news-midterm-held = 中期選舉：執政黨以 { NUM($seats) } 席保住眾議院（需 { NUM($needed) } 席）。
news-midterm-lost = 中期選舉：執政黨失去眾議院，只得 { NUM($seats) } 席（需 { NUM($needed) } 席）。國會從此阻擋新的補貼。
news-general-won = 選舉之夜：執政黨以 { NUM($seats) } 張選舉人票保住白宮。
news-general-lost = 選舉之夜：執政黨只得 { NUM($seats) } 張選舉人票，失去白宮（需 { NUM($needed) } 張）。
news-congress-rule = 國會越過白宮通過聯邦規則：大型負載須承擔 { NUM($share, scale: 100) }% 的電網升級費用。
news-rule-chip-tariff = 白宮把進口晶片關稅{ $direction ->
        [up] 提高
       *[down] 降低
    }至 { NUM($new, scale: 100) }%（原為 { NUM($old, scale: 100) }%）。
news-rule-equipment-tariff = 白宮把進口變壓器、渦輪機和金屬的關稅{ $direction ->
        [up] 提高
       *[down] 降低
    }至 { NUM($new, scale: 100) }%（原為 { NUM($old, scale: 100) }%）。
news-rule-exempt = { $state ->
        [on] 白宮豁免數據中心建造商的晶片和設備關稅。
       *[off] 白宮取消數據中心建造商晶片和設備的關稅豁免。
    }
news-rule-tariff-cost = 以本季市況計，1 GW 數據中心現需 { NUM($now, scale: 10) }億美元，比原有關稅下{ $direction ->
        [up] 貴
       *[down] 便宜
    } { NUM($change, scale: 10) }億美元。
news-rule-fast-track = { $state ->
        [on] 白宮為電廠和輸電工程快速審批許可：新建工程所需時間縮短。
       *[off] 白宮結束快速審批：新電廠和線路恢復一般工期。
    }
news-rule-federal-on = 白宮頒布聯邦規則：不論電力公司如何決定，大型負載都須負擔 { NUM($share, scale: 100) }% 的電網升級費用。
news-rule-federal-off = 白宮撤銷電網升級費用的聯邦規則：恢復採用電力公司自訂的分攤比例。
news-rule-federal-share = 聯邦規則現要求大型負載負擔 { NUM($new, scale: 100) }% 的電網升級費用（原為 { NUM($old, scale: 100) }%）。
news-rule-large-load-share = 電力公司向大型負載收取 { NUM($new, scale: 100) }% 的電網升級費用（原為 { NUM($old, scale: 100) }%）{ $federal ->
        [overrides] ，但聯邦規則存續期間以聯邦規則為準。
       *[none] 。
    }
news-rule-min-demand = 電力公司要求大型負載至少按所訂容量的 { NUM($new, scale: 100) }% 付費（原為 { NUM($old, scale: 100) }%）。
news-rule-capacity-cap = 監管機構把容量拍賣價格上限定為每兆瓦日 { NUM($new) } 美元（原為 { NUM($old) } 美元）。
news-retaliation = 貿易夥伴報復 { NUM($rate) }% 的關稅：美國出口商失去訂單和職位。

## Score parts

score-compute = 已上線算力（GW）
score-revenue = 年收入（十億美元）
score-compute-secured = 已確保算力（GW）
score-default-risk = 五年違約風險（%）
score-runway = 現金可支撐季數
score-online = 上線的資料中心（GW）
score-share-price = 股價（美元）
score-investment-grade = 信用評級（級距，BBB- = 9）
score-free-cash-flow = 本季自由現金流（十億美元）
score-reliability = 最嚴重停電（受影響住戶 %）
score-reserve-margin = 最薄的備轉容量率減其目標（尖峰 %）
score-rates = 住宅電價，近四季平均（美分／千瓦時）
score-solvency = 營運資金／債務
score-elections = 勝出選舉（首次選舉前看支持度）
score-deficit = 政府計畫赤字，近一年（占GDP百分比）
score-index = 股票指數（相對開局倍數）
score-jobs = 新增製造業職位（千個）
score-recovery-compute = 維持上線的算力（GW）
score-recovery-online = 維持上線的資料中心（GW）
score-recovery-cash-flow = 重整後公司的自由現金流（十億美元）
score-recovery-creditors = 債權人回收率（資產／債權）
score-defaulted = { $date } 違約
default-refused = { $company } 自 { $date } 起違約：不能興建、借款、發行股票或發放股利。
default-this-quarter = { $company } 本季違約：股東權益歸零，債權人承受 { NUM($lost, scale: 10) }億美元損失，合約作廢。
default-objective = 公司違約後，你繼續經營重整後的公司：分數改計維持運作的產能、其現金流與債權人的回收，並留下一行無法消除的違約紀錄。
welfare-bills = 同樣用電量下電費較開局增幅
welfare-reliability = 每戶停電時數
welfare-wealth = 住戶股票財富（相對開局倍數）
welfare-jobs = 製造業職位（千個）
welfare-arrears = 欠繳電費住戶

## Order-form previews

preview-estimate = 估計：引擎以你的草案、其他席位的延續命令、且無事件，結算本季的結果。
preview-company = 季末：現金 { NUM($cash, scale: 10) }億美元，營收 { NUM($revenue, scale: 10) }億美元，自由現金流 { NUM($fcf, scale: 10) }億美元，負債 { NUM($debt, scale: 10) }億美元。
preview-market = 股價 { USD($price, digits: 2) }，利差 { NUM($spread) } 基點，評級 { $rating }。
preview-market-today = 今日股價 { USD($today, digits: 2) }。你沒有改動任何命令，走到估計值的變動來自市場與既有的命令。
preview-market-standing = 若改用延續命令：股價 { USD($price, digits: 2) }，利差 { NUM($spread) } 基點。兩者之差是你的改動；從今日 { USD($today, digits: 2) } 起其餘的變動來自市場與既有的命令。
preview-market-valuation = 估值 { NUM($price, scale: 10) }億美元，利差 { NUM($spread) } 基點，評級 { $rating }。
preview-valuation-today = 今日估值 { NUM($today, scale: 10) }億美元。你沒有改動任何命令，走到估計值的變動來自市場與既有的命令。
preview-valuation-standing = 若改用延續命令：估值 { NUM($price, scale: 10) }億美元，利差 { NUM($spread) } 基點。兩者之差是你的改動；從今日 { NUM($today, scale: 10) }億美元起其餘的變動來自市場與既有的命令。
preview-region = { $region }：每月電費 { USD($bill, digits: 2) }，備用容量率 { NUM($margin, digits: 1) }%。
preview-utility = 電力公司：現金 { NUM($cash, scale: 10) }億美元；營運資金占負債 { NUM($ffo, digits: 1) }%。
preview-budget-quarter = 預算：本季 { NUM($cost, scale: 10) }億美元，開局至今 { NUM($running, scale: 10) }億美元。
preview-politics = 支持率 { NUM($approval, digits: 1) }%；製造業就業 { NUM($jobs) } 千人。
preview-score = 分數 { NUM($score, digits: 1) }（滿分 100）。
preview-score-part = { $part }：{ NUM($points, digits: 1) } / { NUM($max) } 分。
preview-effect-cash = { $field }（草稿其餘不變）：相對於維持延續命令，分數 { NUM($score, digits: 1, sign: 1) }，現金 { NUM($change, scale: 10, sign: 1) }億美元。
preview-effect-utility = { $field }（草稿其餘不變）：相對於維持延續命令，分數 { NUM($score, digits: 1, sign: 1) }，住宅電價 { NUM($change, digits: 3, sign: 1) } 美分/度，電力公司現金 { NUM($other, scale: 10, sign: 1) }億美元{ $moved ->
        [yes] ，{ $region }備用容量率 { NUM($reserve, digits: 1, sign: 1) } 個百分點
       *[no] {""}
    }。
preview-effect-whitehouse = { $field }（草稿其餘不變）：相對於維持延續命令，分數 { NUM($score, digits: 1, sign: 1) }，支持率 { NUM($change, digits: 2, sign: 1) } 個百分點，本季預算 { NUM($other, scale: 10, sign: 1) }億美元。
preview-effect-later = { $field }：本季數字不變；其效果在之後的季度顯現。
preview-in-default = { $company } 自 { $date } 起違約：不能發債、發股、取得供應商融資、興建或發放股利。
preview-cash-after = 本季支出後現金：{ NUM($cash, scale: 10) }億美元
preview-equity-limit = 投資者目前最多願認購 { NUM($limit, scale: 10) }億美元新股。
preview-vendor-limit = 英偉達最多願憑在訂晶片借出 { NUM($limit, scale: 10) }億美元。
preview-coupon = 本季發行的債券票息為 { NUM($coupon, digits: 2) }%（按目前評級 { $rating }）。
preview-contract = 合約：{ NUM($gw, digits: 1) } GW，每年 { NUM($annual, scale: 10) }億美元，合共 { NUM($total, scale: 10) }億美元，自 { $due } 起全額交付（如甲骨文接受）。
preview-chips = { NUM($gw, digits: 2) } GW 晶片：{ NUM($cost, scale: 10) }億美元，{ $online } 前交付。
preview-build = { $region }：{ NUM($mw) } MW，耗資 { NUM($cost, scale: 10) }億美元，{ $online } 前投入運作（如電網接入）。
preview-build-uncontracted = { NUM($mw) } MW 超出合約（{ NUM($contracted, digits: 2) } GW）：客戶簽約前，只能賺取閒置容量的雲端租金。
preview-onsite = { $region }：{ NUM($mw) } MW 自備燃氣發電機，耗資 { NUM($cost, scale: 10, digits: 1) }億美元，{ $online } 前運轉。
preview-wait = 最長的等待{ $wait ->
        [chips] 是晶片（晶片商的訂單積壓）
        [transformers] 是變壓器（製造商的積壓訂單）
        [turbines] 是燃氣渦輪機（製造商的積壓訂單）
       *[construction] 是工程本身
    }：距今 { NUM($quarters) } 季。
preview-after-the-game = 這已在遊戲最後一季（{ $last }）之後：遊戲結束前它不會運轉。
preview-bond-appetite = 本季債券買家胃口：所有 AI 發債人合共約 { NUM($appetite, scale: 10) }億美元。
preview-spv-left = 特殊目的載體尚餘 { NUM($left, scale: 10) }億美元，留待之後各季的興建。
preview-spv = 特殊目的載體（SPV）：{ NUM($amount, scale: 10) }億美元移出資產負債表，每年租金 { NUM($lease, scale: 10) }億美元。
preview-hosting = { $region }：可接入餘量 { NUM($headroom) } MW；本次批准 { NUM($approve) } MW。
preview-hosting-over = { $region }：已接入、等待及已批准的數據中心超出可接入容量 { NUM($over) } MW，用電後壅塞與故障都會增加；本次再批准 { NUM($approve) } MW。
preview-transmission = { $region }：耗資 { NUM($cost, scale: 10) }億美元的升級工程，{ $online } 前增加 { NUM($mw) } MW 接入能力。
preview-plant = { $region }：{ NUM($mw) } MW { $tech ->
        [gas_cc] 燃氣聯合循環電廠
        [gas_peaker] 燃氣調峰電廠
        [battery] 四小時儲能電池
        [solar] 太陽能電場
        [wind] 風電場
        [nuclear] 重啟核電機組
       *[other] { $tech }
    }，耗資 { NUM($cost, scale: 10) }億美元，{ $online } 前投入運作。
preview-capacity-cap = { $region }：下一次容量拍賣於 { $held } 舉行、自 { $delivery } 起交付；依目前展望（預估備用容量率 { NUM($margin, digits: 1) }%，目標 { NUM($target) }%），在現行上限下以每兆瓦日 { NUM($standing) } 美元結算，在你的上限下為 { NUM($capped) } 美元（無上限時為 { NUM($uncapped) } 美元）。電費自 { $delivery } 起反映此價格；商業電廠自本季起即考慮你的上限。
preview-ride-through = 故障穿越：再為你的 { NUM($mw) } MW 數據中心加裝設備，使 { NUM($fleet) } MW 中的 { NUM($share) }% 具備此能力{ $rule ->
        [yes] （公用事業的故障穿越規定所要求）
       *[no] {""}
    }，耗資 { NUM($cost, scale: 10) }億美元，於 { $online } 完成。加裝的機房在電網故障時不會脫網，因此流失的負載較少，成為大型負載流失事件的故障也較少。
preview-ramps-region = { $region }：你的站點占其數據中心負載的 { NUM($share) }%；發生故障時，採用平滑升降載，附近 { NUM($with, digits: 1) }% 的數據中心負載會脫網；不採用則為 { NUM($without, digits: 1) }%。
preview-ramps-cost = 平滑升降載期間，訓練為模型帶來的品質提升約少 { NUM($cost) }%。
preview-fast-track = 許可快速通道{ $on ->
        [yes] 開啟
       *[no] 關閉
    }：若現在下單，1 GW 燃氣電廠於 { $gas } 投入運作（維持現狀則為 { $gas_before }），10億美元輸電升級於 { $grid }（{ $grid_before }），1 GW 數據中心於 { $dc }（{ $dc_before }）：各日期取決於最長的等待，快速通道只縮短許可與施工的等待。{ $on ->
        [yes] 快速的集群研究本季也會從併網佇列清除約 { NUM($queue) } MW 的投機性申請。
       *[no] 關閉後，集群研究每季不再從佇列清除約 { NUM($queue) } MW 的投機性申請。
    }
preview-ride-through-rule = 故障穿越規定{ $on ->
        [yes] 開啟：75 MW 以上的數據中心在一年內加裝故障穿越，於 { $by } 前達到負載的 { NUM($target) }%（目前各地區平均 { NUM($now) }%）；甲骨文自費為其機房加裝{ $any_held ->
            [no] 。
           *[yes] ，因缺乏此能力而暫緩併網的 { NUM($held) } MW 已完工機房將隨加裝完成而併網。
        }
       *[no] 關閉：其他業主的數據中心回到自行選擇的設定（甲骨文保留已加裝的設備），因此故障時脫網的負載會更多。
    }
preview-rate-case = 調整電價申請：要求基本電價上調 { NUM($pct, digits: 1) }%，約一年後裁決，預計獲准約 { NUM($granted, digits: 1) }%（電費上漲時較少）：每月電費約增加 { NUM($bill, digits: 2) } 美元，營運資金對債務比率增加 { NUM($ffo, digits: 1) } 個百分點，支持度下降。
preview-cost-share = { $region }：此成本分攤規則使家庭輸配電費率變動每度 { NUM($cents, digits: 2) } 美分，大型用戶每年輸配電費用變動 { NUM($large, scale: 10) }億美元。
preview-upgrades-under-way = { $region }：電網升級尚未計入費率；在建的 { NUM($cost, scale: 10) }億美元將於完工時計入，首項在 { $date }。大型用戶將負擔其中 { NUM($then, digits: 0) }%（現為 { NUM($now, digits: 0) }%），家庭輸配電費率較現行規則變動每度 { NUM($cents, digits: 2) } 美分。
preview-utility-cash = 本季資本支出後電力公司現金：{ NUM($cash, scale: 10) }億美元；營運資金相當於債務的 { NUM($ffo) }%。
preview-tariff-revenue = 關稅收入：每季約 { NUM($revenue, scale: 10) }億美元。
preview-transformer-lead = 變壓器交貨期：目前 { NUM($now, digits: 1) } 季，按此關稅為 { NUM($then, digits: 1) } 季，價格比無積壓、無關稅時高 { NUM($price) }%。
preview-dc-cost = 一座 1 GW 數據中心目前造價 { NUM($now, scale: 10) }億美元，按此關稅為 { NUM($then, scale: 10) }億美元。
preview-relief = 紓困：本季每戶 { NUM($per_household) } 美元。
preview-grant-jobs = 補貼：其中 { NUM($factories, scale: 10) }億美元用來蓋工廠，長期僱用約 { NUM($jobs, digits: 1) } 千人；這些工作在之後幾季陸續到位（每季補上尚未到位者的約 { NUM($share) }%）。
preview-congress-blocks = 國會分裂：新的補貼和貸款擔保將被阻擋。
preview-budget = 本季預算開支：{ NUM($cost, scale: 10) }億美元。

## Event cards of the built-in scenarios (event-<id>-headline, event-<id>-explanation); a
## scenario file's own text is the fallback for cards not listed here.

event-deepseek-headline = 中國廉價開源大模型追平前沿
event-deepseek-explanation = 一家中國實驗室發佈開放權重的大模型，以零頭般的成本比肩美國最強模型。投資者質疑萬億美元級的建設是否必要，客戶也要求降價。
event-qwen-wave-headline = 中國開源模型再度壓低 API 價格
event-qwen-wave-explanation = 又一輪中國開源模型拉低了每個 token 的價格。AI 服務的買家議價能力上升，賣家的利潤率收窄。
event-heat-wave-texas-headline = 熱穹籠罩德州
event-heat-wave-texas-explanation = 一週破紀錄的高溫把空調負載推上新高。傍晚時段備用容量吃緊，電價飆升。
event-heat-wave-east-headline = 熱浪席捲中大西洋
event-heat-wave-east-explanation = 從維珍尼亞到俄亥俄的熱浪令用電需求高於預測。PJM 啟動需求響應並緊急輸入電力。
event-transformer-fault-headline = 德州西部變電站變壓器故障
event-transformer-fault-explanation = 數據中心群附近一座變電站發生故障，觸發它們的保護裝置。數十個站點同時從電網離線，一如 2022 年 12 月的情況。
event-loudoun-fault-headline = 維珍尼亞北部 230 kV 線路故障
event-loudoun-fault-explanation = 線路故障與多次重合閘令數據中心切換到後備電源。電網必須承受它們負載的驟然消失。
event-fed-cut-headline = 美聯儲減息
event-fed-cut-explanation = 官員減息四分之一厘，稱 AI 建設是工業泡沫而非金融泡沫。所有人的借貸成本都下降。
event-fed-hold-headline = 關稅推高物價，美聯儲按兵不動
event-fed-hold-explanation = 關稅帶來的通脹令美聯儲無法減息。長期債息上升。
event-cds-panic-headline = 信貸交易員搶購甲骨文違約保護
event-cds-panic-explanation = 對沖基金和貸款人為對沖建設熱潮的風險敞口，科技巨頭的信用違約掉期交易量急升。保護成本大幅上漲。
event-sf-blackout-headline = 三藩市大停電，無人駕駛的士停擺
event-sf-blackout-explanation = 一場變電站火災令市內大片地區停電一整天；無人駕駛汽車停在街上。選民質問：數據中心不斷增加，電網為何跟不上？
event-tech-lobbying-headline = 科技業遊說扼殺分攤電網成本法案
event-tech-lobbying-explanation = 業界團體擊敗了要求數據中心為所需升級工程付費的立法。成本繼續留在所有人的電費之中。
event-memory-shortage-headline = 記憶體廠商趕不上 AI 訂單
event-memory-shortage-explanation = 高頻寬記憶體的訂單超過 SK 海力士和三星產能的兩倍。價格跳升，GPU 交貨延誤。
event-softbank-exit-headline = 大投資者清倉英偉達持股
event-softbank-exit-explanation = 建設熱潮的一大金主為履行其他承諾，出售全部英偉達股份。市場視之為知情人士正在套現離場的信號。
event-rating-review-headline = 評級機構審查數據中心租約
event-rating-review-explanation = 一家評級機構開始把數據中心租約和特殊目的載體（SPV）擔保計作債務。藏在資產負債表外的債務曝光。
event-gas-spike-headline = 液化天然氣出口與寒潮推高氣價
event-gas-spike-explanation = 創紀錄的液化天然氣出口和嚴冬令本季天然氣市場趨緊。寒潮過去之前，電價隨氣價上漲。
event-winter-storm-headline = 冬季風暴凍結氣井與發電廠
event-winter-storm-explanation = 北極寒流把供暖需求推上冬季紀錄，結冰的井口和電廠卻削減了供應。電網調度機構呼籲用戶節約用電，氣價急升。
event-affordability-wave-headline = 主打電費議題的候選人勝選
event-affordability-wave-explanation = 承諾凍結電價的挑戰者贏得州長選舉和公用事業委員會席位。「可負擔性」成為這一季的焦點議題。

## Order help (order-<seat>-<field>): one line for each order field, as in src/engine/orders.rs.

order-openai-contract_gw = 本季向甲骨文提出的新算力合約（按實際交付照付不議；籌建期後須全額交付，見預覽）。
order-openai-contract_years = 新算力合約的年期。
order-openai-contract_price = 每 GW 每年算力的報價；達到或高於甲骨文的最低價即會接受。
order-openai-chip_order_gw = 向英偉達自購晶片，交付後裝進託管機房。
order-openai-vendor_financing_bn = 英偉達憑在訂晶片借給 OpenAI 的資金（循環交易）：按約無風險利率欠英偉達，並用於購買其晶片。
order-openai-equity_raise_bn = 按當前估值向投資者出售的新股。
order-openai-debt_bn = 本季按當前息差籌集的債券和貸款。
order-openai-subscription_price = 消費者訂閱價格。
order-openai-api_price_index = API 價格，相對於現價的倍數。
order-openai-training_intensity = 同步訓練所佔算力比例：模型更好，負載波動更大。
order-openai-ride_through_cooperation = 平滑訓練時的功率爬升，並接受故障穿越設定。
order-openai-statement = 就 AI 需求與泡沫發表的公開聲明。

order-oracle-build_mw = 本季各地區動工的數據中心容量。
order-oracle-onsite_mw = 各地區訂購的自備燃氣發電機：電網接入前供電，停電時照常運轉。
order-oracle-bond_bn = 本季按目前票息發行的債券。
order-oracle-spv_bn = 經特殊目的載體（SPV）融資的建設：不入資產負債表，以租金償還。
order-oracle-spv_partner_share = 特殊目的載體（SPV）合作方持有的股權比例。
order-oracle-ride_through_share = 甲骨文機群加裝故障穿越設備的目標比例。
order-oracle-min_contract_price = 甲骨文接受新算力合約的每 GW 每年最低價。
order-oracle-max_contract_gw = 甲骨文每季最多接受的新合約 GW 數。
order-oracle-buyback_bn = 本季股份回購。
order-oracle-dividend_bn = 本季派發的股息。

order-utility-transmission_bn = 各地區動工的輸電與變電站升級工程。
order-utility-gas_cc_mw = 各地區採購的燃氣聯合循環電廠。
order-utility-gas_peaker_mw = 各地區採購的燃氣調峰電廠。
order-utility-battery_mw = 各地區採購的四小時儲能電池。
order-utility-solar_mw = 各地區採購的太陽能電場。
order-utility-wind_mw = 各地區採購的風電場。
order-utility-nuclear_restart_mw = 各地區重新啟用的退役核電機組。
order-utility-approve_mw = 各地區從併網排隊中批准的大型負載接入申請。
order-utility-demand_response_mw = 各地區付費要求大型負載在尖峰時段減載的容量。
order-utility-large_load_share = 由大型負載承擔的電網升級費用比例（其餘由全體用戶分攤）。
order-utility-min_demand_charge = 大型負載至少按合約需量的這個比例付費（俄亥俄為 0.85）。
order-utility-ride_through_required = 75 MW 或以上的新負載必須具備故障穿越能力（現有負載一年內達標）。
order-utility-rate_case_pct = 調整電價申請要求的基本電價加幅；沒有待審案件時提出，監管機構約一年後裁決。
order-utility-capacity_cap = 設有容量市場的地區，容量拍賣價格的上限。

order-whitehouse-chip_tariff = 進口 GPU 和半導體的關稅（1.0 = 100%）。
order-whitehouse-equipment_tariff = 變壓器、渦輪機和金屬的關稅（0.5 = 50%）。
order-whitehouse-exempt_intermediate = 豁免數據中心建設商的晶片和設備關稅。
order-whitehouse-subsidy_bn = 本季補助：一部分給工廠（工作會留下），其餘給資料中心建商。
order-whitehouse-loan_guarantee_bn = 新的聯邦貸款擔保：建設商借貸更便宜。
order-whitehouse-fast_track = 電廠和輸電工程的審批快速通道。
order-whitehouse-federal_rule = 就電網升級費用由誰支付訂立聯邦規則。
order-whitehouse-federal_share = 聯邦規則下大型負載承擔的升級費用比例。
order-whitehouse-relief_bn = 本季的住戶紓困（退稅、現金分紅）。
order-whitehouse-statement = 就 AI 熱潮與泡沫發表的聲明。

## The three statements (Books screen, plain `books`, reports)

books-title = { $company } 帳冊，{ $date }（十億美元）
books-opening = { $company } 期初帳冊，{ $date }（十億美元）：資產負債表；第一份報表於本季結束時結算
books-none = 尚無報表：帳冊在第一季結束時結算。
books-balanced = 資產等於負債加股東權益。
books-income = 損益表
books-revenue = 營收
books-operating-costs = 營運成本
books-lease-cost = 租賃費用（SPV）
books-depreciation = 折舊
books-operating-income = 營業利益
books-interest = 利息
books-other = 其他（補助、沖銷）
books-tax = 稅
books-net-income = 淨利
books-cash-flow = 現金流量表
books-opening-cash = 期初現金
books-operating = 營業活動
books-interest-paid = 其中支付利息
books-lease-payments = 其中支付給 SPV 的租金
books-taxes-paid = 其中繳稅
books-investing = 投資活動
books-capex = 資本支出
books-capex-equipment = 其中：伺服器與晶片
books-vendor-lending = 提供供應商融資
books-asset-sales = 出售資產
books-financing = 融資活動
books-debt-issued = 舉債
books-debt-repaid = 償債
books-equity-issued = 發行股票
books-payouts = 股利與庫藏股
books-vendor-financing = 收到供應商融資
books-closing-cash = 期末現金
books-balance = 資產負債表
books-cash = 現金
books-ppe = 不動產、廠房及設備
books-equipment = 其中：伺服器與晶片
books-right-of-use = 租用的資料中心（使用權資產）
books-loans-receivable = 提供的供應商融資
books-other-assets = 商譽及其他資產
books-investments = SPV 持股
books-assets = 資產總額
books-debt = 債務
books-lease-liabilities = 對 SPV 的租賃負債
books-vendor-loans = 應付供應商融資
books-other-liabilities = 應付帳款及其他負債
books-liabilities = 負債總額
books-paid-in = 實收股本
books-retained = 保留盈餘
books-equity = 股東權益
books-revenue-from = 來自{ $who }
books-free-cash-flow = 自由現金流（負值即燒錢）
books-spvs = SPV
books-per-year = { $value }/年
books-yes = 是
books-no = 否
books-counterparty = 交易對手 ·{" "}
books-col-quarter = 本季
books-col-running = 近 { $quarters } 季
books-section-statements = { $role }{ $who } 帳冊，{ $date }（十億美元）
books-section-opening = { $role }{ $who } 期初帳冊，{ $date }（十億美元）：資產負債表
books-section-requirement = 收入需求與費率基礎（十億美元）
books-section-budget = 聯邦計畫預算，{ $date }（十億美元）
books-section-burn = 各公司：營收與燒錢（十億美元）
books-section-grid = 併網佇列與可靠容量對尖峰
books-section-rules = 現行規則
books-requirement = { $who }：收入需求
books-requirement-network = 既有電網
books-requirement-upgrades = 輸電升級
books-requirement-plants = 新建電廠
books-requirement-large-loads = 大型負載負擔
books-rate-base = { $who }：費率基礎
books-rate-base-added = 開局以來新增
books-budget-subsidies = 其中補貼
books-budget-relief = 其中家庭紓困
books-budget-cost = 計畫支出
books-budget-guarantees-called = 貸款擔保代償
books-budget-tariff-revenue = 關稅收入
books-budget-deficit = 赤字
books-budget-debt = 計畫債務
books-budget-guarantees-outstanding = 未清償貸款擔保
books-budget-cost-since-start = 開局以來支出
books-budget-tariffs-since-start = 開局以來關稅
books-budget-yield-premium = 公債殖利率溢價
books-budget-deficit-inflation = 赤字帶來的通膨
books-company-revenue = { $who }：營收
books-company-free-cash-flow = { $who }：自由現金流
books-company-cash = { $who }：現金
books-company-debt = { $who }：債務
books-queue = { $who }：併網佇列
books-approved = 已核准
books-waiting = 已建成待併網
books-held-ride-through = 其中因缺乏故障穿越而暫緩
books-connected = { $who }：已併網資料中心
books-hosting = { $who }：可承載容量
books-firm = { $who }：可靠容量
books-peak = { $who }：尖峰負載
books-reserve = { $who }：備轉容量率
books-reserve-target = 目標
books-rule-chip-tariff = 晶片關稅
books-rule-equipment-tariff = 設備關稅
books-rule-large-load-share = 大型負載分攤升級費比例
books-rule-federal-share = 聯邦規則所定
books-rule-congress-share = 國會所定下限
books-rule-min-demand = 最低需量費
books-rule-ride-through = 須具穿越能力
books-rule-fast-track = 快速審批
books-rule-capacity-cap = 容量價格上限（每 MW 日）
books-rule-guarantees = 未清償貸款擔保
objective-target-at-least = 至少 { $target }
objective-target-at-most = 至多 { $target }（越低越好）
objective-target-met-at-least = 達到 { $pass } 以上即達標，{ $target } 得滿分
objective-target-met-at-most = 不超過 { $pass } 即達標，{ $target } 得滿分（越低越好）

## 自然變動的組成：備用容量率 = 可靠容量（電廠、需量反應）÷ 規劃尖峰（住戶、資料中心）；電費 = 用電量 ×（電能、容量、輸配、升級費率）。
drift-plants = 電廠增減
drift-other-firm = 需量反應
drift-household-load = 住戶用電
drift-dc-load = 資料中心用電
drift-usage = 住戶用電量
drift-energy-price = 電能價格
drift-capacity-price = 容量價格
drift-delivery = 輸配費率
drift-upgrades = 電網升級
drift-earnings = 預期盈利
drift-multiple = 市場給的倍數
drift-cash = 手上現金
drift-shock-fades = 先前衝擊消退
drift-debt = 信用眼中的債務
drift-rates = 利率
drift-shares = 流通股數
drift-spread-shock-fades = 先前信用市場恐慌消退
drift-rating-catches-up = 評級機構追上先前的利差變動
drift-approval-anchor = 回歸常態水準
drift-approval-bills = 電費較一年前
drift-approval-prices = 商店物價
drift-approval-wealth = 股市較一年前
drift-approval-jobs = 製造業就業
drift-approval-relief = 超出住戶預期的紓困
drift-approval-deficit = 計畫赤字
drift-approval-other = 停電、聲明、事件與偶然
drift-jobs-base = 回落至無關稅無補助時的水準
drift-jobs-protected = 受關稅保護的工廠
drift-jobs-downstream = 投入品漲價對下游工廠的衝擊
drift-jobs-exports = 貿易夥伴對出口的報復
drift-jobs-grants = 補助興建的工廠

# Bots' reasons (report::reasons): one line per bot move.
reason-who = { $seat }（{ $level }・{ $personality }）
reason-in-region = { $order }（{ $region }）
reason-plan-change = { $who }，權衡了 { $plans } 個方案：{ $order } { $from } → { $to }，預期得分比困難方案 { $gain }。
reason-plan-change-effects = { $who }，權衡了 { $plans } 個方案：{ $order } { $from } → { $to }；兩年後{ $effects }；預期得分比困難方案 { $gain }。
reason-effect = { $part } { $points } 分
reason-effects-separator = {"、"}
reason-plan-kept = { $who }，權衡了 { $plans } 個方案：維持現行規則；沒有任何改變能帶來明確收益。
reason-plan-none = { $who }，權衡了 { $plans } 個方案：按困難方案行事；沒有找到更好的做法。
reason-rule-change = { $who }：{ $order } { $from } → { $to }，依其規則。
reason-rule-change-effects = { $who }：{ $order } { $from } → { $to }，依其規則；本季{ $effects }。
reason-rule-none = { $who }：維持原有指令；其規則沒有要求任何改變。
