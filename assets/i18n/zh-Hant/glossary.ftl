# 詞彙表：遊戲顯示的每個數字。每個詞條：名稱、單位、模型如何計算，以及對各席位的意義。
# 鍵：glossary-詞條、-unit、-how、-openai、-oracle、-utility、-whitehouse。

glossary-index = 指數
glossary-index-unit = 點，開局為 100
glossary-index-how = 一個偏重 AI 的股票指數的市值：上市的 AI 公司（Oracle、Nvidia、四大雲端公司）加上其餘市場，以第一季為 100。
glossary-index-openai = OpenAI 未上市，但指數下跌會關上新股權融資的大門，投資人也會追問它的承諾。
glossary-index-oracle = Oracle 在指數之中；指數下跌時，Oracle 的股價和市場對其債券的胃口一起下跌。
glossary-index-utility = 直接影響不大；崩盤會放慢資料中心需求，以及電力公司規劃所依據的負載預測。
glossary-index-whitehouse = 白宮分數的一部分：家庭財富與退休金隨之起落。

glossary-bubble = 泡沫計
glossary-bubble-unit = 倍（市值除以年營收）
glossary-bubble-how = AI 公司的市值除以其年化營收（本季營收 × 4）。網路泡沫高峰約 30 倍；AI 公司開局約 10 倍。
glossary-bubble-openai = 數值高表示現在容易籌資，日後的跌幅也更深。
glossary-bubble-oracle = 數值高撐起 Oracle 的股價；情緒一轉，本益倍數最先下跌。
glossary-bubble-utility = 警訊：排隊中的資料中心負載未必都會到來。
glossary-bubble-whitehouse = 數值高提高崩盤的機率，而崩盤會損及支持度與就業。

glossary-coverage = 覆蓋率
glossary-coverage-unit = 比率（營收除以承諾）
glossary-coverage-how = 每年 AI 營收除以每年 AI 承諾（算力合約、晶片與租約）。低於 1 時，承諾靠借來或募來的錢支付。
glossary-coverage-openai = 覆蓋率低，是每位投資人都會問 OpenAI 的問題：營收要怎麼付得起已簽下的承諾。
glossary-coverage-oracle = 覆蓋率決定市場相信 Oracle 多少未交付合約；覆蓋率低，未交付合約就被打折。
glossary-coverage-utility = 覆蓋率低，表示已簽約的資料中心負載可能被取消。
glossary-coverage-whitehouse = 覆蓋率低是泡沫的弱點：違約從營收付不起承諾之處開始。

glossary-circular = 循環占比
glossary-circular-unit = 占 Nvidia 營收的比率
glossary-circular-how = Nvidia 過去四季的營收中，由 Nvidia 自己借出或投資的錢（供應商融資）支付的部分所占比率。
glossary-circular-openai = 供應商融資今天付得起晶片，但市場會折價繞一圈回來的營收。
glossary-circular-oracle = 循環占比高，市場會懷疑 Oracle 未交付合約背後的 AI 營收。
glossary-circular-utility = 沒有直接影響。
glossary-circular-whitehouse = 占比高表示榮景在自我融資；情緒一轉，會一次全部折價。

glossary-approval = 支持度
glossary-approval-unit = 選民百分比
glossary-approval-how = 總統的支持度：隨電費、就業、指數、停電、預算赤字與通膨變動，有時間落差；聲明在仍可信時能稍微推動它。
glossary-approval-openai = 支持度低時，白宮會轉向民粹規則：關稅、大型負載自付成本。
glossary-approval-oracle = 與 OpenAI 相同：政策跟著支持度走。
glossary-approval-utility = 支持度低會帶來壓低電費、阻擋費率案的壓力。
glossary-approval-whitehouse = 支持度決定期中選舉與大選，而選舉是分數的一部分。

glossary-share-price = 股價
glossary-share-price-unit = 每股美元
glossary-share-price-how = 股東權益是以債務為履約價、對公司資產的買權（結構式信用模型）：營運價值加現金高出債務的部分，按資產波動度定價。
glossary-share-price-openai = OpenAI 未上市；其價值取自最近一輪融資。
glossary-share-price-oracle = Oracle 分數的一部分。債務與租賃義務壓低它的程度，不亞於未交付合約推高它的程度。
glossary-share-price-utility = 電力公司受管制：信用比股價重要。
glossary-share-price-whitehouse = 指數的一部分。

glossary-market-cap = 市值
glossary-market-cap-unit = 十億美元
glossary-market-cap-how = 股價乘以流通股數；OpenAI 則是最近一輪融資的估值，隨情緒與成長變動。
glossary-market-cap-openai = 決定 OpenAI 一季能募多少股權。
glossary-market-cap-oracle = 決定市場願意吸收 Oracle 多少新股或新債。
glossary-market-cap-utility = 電力公司不顯示。
glossary-market-cap-whitehouse = AI 公司的市值是指數的大半。

glossary-spread = 信用利差
glossary-spread-unit = 基點（1 基點 = 0.01 個百分點）
glossary-spread-how = 投資人要求高於美國公債的額外殖利率：由資產負債表（資產相對於債務與計入的租約）得出的五年違約機率，加上固定的流動性基差。新債的票息為公債殖利率加利差。
glossary-spread-openai = 利差擴大，每一塊新債都更貴。
glossary-spread-oracle = Oracle 借錢擴建；利差擴大會推高票息，也可能讓評等下調。
glossary-spread-utility = 電力公司的利差決定它花在電廠與電網上的資金成本。
glossary-spread-whitehouse = 赤字會推高每家公司利差底下的公債殖利率。

glossary-rating = 信用評等
glossary-rating-unit = 字母等級（AAA 最佳；BBB- 為最後一級投資等級）
glossary-rating-how = 由利差讀出：每個評等對應一段利差。低於 BBB- 為高收益（「垃圾級」）：許多基金不得持有。
glossary-rating-openai = 評等低會限制 OpenAI 能借多少。
glossary-rating-oracle = Oracle 分數的一部分：維持投資等級（BBB- 或以上）。字母越後越差；分數以級距計算，級距越高越好。
glossary-rating-utility = 降評會提高電力公司的債務成本，而這由用戶在費率中支付。
glossary-rating-whitehouse = 大型借款人降評會牽動市場與指數。

glossary-coupon = 新債票息
glossary-coupon-unit = 年利率百分比
glossary-coupon-how = 公債殖利率（含聯邦赤字造成的溢價）加上公司的利差。
glossary-coupon-openai = 本季每一塊新債對 OpenAI 的成本。
glossary-coupon-oracle = 新債對 Oracle 的成本；利息從自由現金流中扣除。
glossary-coupon-utility = 電力公司每一塊新資本的成本；會計入收入需求。
glossary-coupon-whitehouse = 赤字推高每一筆票息。

glossary-cash = 現金
glossary-cash-unit = 季末，十億美元
glossary-cash-how = 期初現金加上本季營運、投資與融資現金流。付不出到期款項的公司先動用信用額度，然後違約。
glossary-cash-openai = OpenAI 在燒錢：可撐季數為現金除以本季燒錢速度。
glossary-cash-oracle = 資本支出跑在營收前面；現金會在未交付合約變成營收之前耗盡。
glossary-cash-utility = 電力公司透過費率回收成本，但要等費率案之後。
glossary-cash-whitehouse = 不顯示：白宮看的是預算。

glossary-debt = 債務
glossary-debt-unit = 十億美元
glossary-debt-how = 資產負債表上的債券、已動用的信用額度與供應商貸款。對特殊目的實體（SPV）的租賃義務另計（表外）。
glossary-debt-openai = 不論營收如何，債務都得付息還本。
glossary-debt-oracle = 債務相對於資產，決定利差、評等與股價。
glossary-debt-utility = 營運資金除以債務是電力公司的償債能力檢驗。
glossary-debt-whitehouse = 聯邦計畫則是增加國債。

glossary-credit-obligations = 信用評估計入的負債
glossary-credit-obligations-unit = 十億美元
glossary-credit-obligations-how = 信用市場拿來對照公司資產的全部負債：債務、供應商貸款、市場已知的租約（評等機構把租約重分類為債務之前只算一半），以及已承諾未付的建設：在建資料中心、合約要求而尚未動工的容量（機房與晶片，按租約的權重計），以及已訂未付的晶片，減去為這些晶片持有的供應商資金。利差、違約風險與評級都由此而來。
glossary-credit-obligations-openai = 晶片訂單在下單當季就全額計入：它和貸款一樣必須償付。
glossary-credit-obligations-oracle = 為 OpenAI 合約在建的資料中心，以及合約要求而尚未動工的容量，在付款前就已計入：合約一簽，利差在動工前就擴大。
glossary-credit-obligations-utility = 沒有直接影響。
glossary-credit-obligations-whitehouse = 負債龐大而資產單薄，正是違約的起點。

glossary-off-balance = 表外義務
glossary-off-balance-unit = 十億美元
glossary-off-balance-how = 欠擁有資料中心、自行發債的特殊目的實體（SPV）的租金。市場只看到已揭露的部分；其餘只有公司自己知道。
glossary-off-balance-openai = OpenAI 的算力合約就是支付這些 SPV 的租約。
glossary-off-balance-oracle = SPV 讓 Oracle 不必在自己的資產負債表上發債就能擴建，直到評等機構把租約算作債務。
glossary-off-balance-utility = 沒有直接影響。
glossary-off-balance-whitehouse = 隱藏的槓桿：一旦揭露，利差跳升。

glossary-compute = 算力
glossary-compute-unit = 資料中心容量的吉瓦（GW）
glossary-compute-how = 公司已上線的資料中心電力，不論自建或租用、接上電網或使用現場燃氣機組。
glossary-compute-openai = OpenAI 的分數計算已上線的算力，以及相對於約 30 GW 計畫已確保的算力。
glossary-compute-oracle = Oracle 建好並接上電網的算力，才能賺取合約營收。
glossary-compute-utility = 每一 GW 都是電網在尖峰時必須供應的負載。
glossary-compute-whitehouse = 建成的算力是白宮承諾的 AI 領先；機房建成後僱用的人很少。

glossary-revenue = 營收
glossary-revenue-unit = 十億美元（每年或本季，依標示）
glossary-revenue-how = 每年：本季營收 × 4（年化）。OpenAI 的營收取決於使用者採用與價格；Oracle 的營收取決於依合約交付的算力。
glossary-revenue-openai = 營收必須長到撐得起承諾；它是分數的一部分。
glossary-revenue-oracle = 雲端營收把未交付合約變成現金。
glossary-revenue-utility = 電力公司的營收就是其收入需求，經由電費回收。
glossary-revenue-whitehouse = 白宮不顯示。

glossary-fcf = 自由現金流
glossary-fcf-unit = 本季，十億美元
glossary-fcf-how = 營運現金流減去資本支出。利息計入營運；融資（債券、股權、供應商貸款）不計入。
glossary-fcf-openai = 多年為負：缺口靠籌資填補。
glossary-fcf-oracle = Oracle 分數的一部分；資本支出跑在營收前面，使它大幅為負。
glossary-fcf-utility = 電力公司不顯示（改看營運資金對債務比）。
glossary-fcf-whitehouse = 不顯示。

glossary-backlog = 未交付合約
glossary-backlog-unit = 十億美元
glossary-backlog-how = 已簽算力合約的剩餘價值（剩餘履約義務），大多來自 OpenAI。隨算力交付而減少，客戶削減或違約時也會減少。
glossary-backlog-openai = 你的合約就是 Oracle 的未交付合約。
glossary-backlog-oracle = 市場只在相信客戶付得起的範圍內（覆蓋率）計算未交付合約的價值。
glossary-backlog-utility = 資料中心上線時，未交付合約就變成負載。
glossary-backlog-whitehouse = 榮景的頭條數字。

glossary-contracted = 已簽約算力
glossary-contracted-unit = 吉瓦
glossary-contracted-how = OpenAI 與 Oracle 簽約的算力，不論已上線或尚待興建。
glossary-contracted-openai = 已確保的算力：OpenAI 分數的一部分，也是必須支付的承諾。
glossary-contracted-oracle = Oracle 必須興建並接上電網的容量。
glossary-contracted-utility = 將來會申請併網的負載。
glossary-contracted-whitehouse = 不顯示。

glossary-chips-on-order = 訂購中的晶片
glossary-chips-on-order-unit = 加速器吉瓦數
glossary-chips-on-order-how = 向 Nvidia 訂購尚未交貨的加速器；每 GW 在交貨前分期付款。
glossary-chips-on-order-openai = 沒有電力的晶片只能閒置，還要花現金。
glossary-chips-on-order-oracle = 不顯示。
glossary-chips-on-order-utility = 不顯示。
glossary-chips-on-order-whitehouse = 晶片關稅提高每 GW 的成本。

glossary-vendor-financed = 供應商融資的晶片
glossary-vendor-financed-unit = 吉瓦（或借出的十億美元）
glossary-vendor-financed-how = 以 Nvidia 借出或投資的錢支付的晶片：是 Nvidia 的應收款、OpenAI 的負債。由此而來的 Nvidia 營收計入循環占比。
glossary-vendor-financed-openai = 今天是現金，明天是負債；市場會打折。
glossary-vendor-financed-oracle = 不顯示。
glossary-vendor-financed-utility = 不顯示。
glossary-vendor-financed-whitehouse = 不顯示。

glossary-adoption = 採用率
glossary-adoption-unit = 付費需求相對開局的比率（360% 即 3.6 倍）
glossary-adoption-how = 付費使用者與 API 用量沿 Gompertz 曲線向上限成長；價格與品質影響成長速度。中位數局的上限取自 OpenAI 自己的預測，但每局各自抽取上限，任何席位都看不到：成長放緩就是接近上限的跡象。
glossary-adoption-openai = 採用就是營收：唯一必須追上承諾的數字。
glossary-adoption-oracle = Oracle 的客戶靠它付款。
glossary-adoption-utility = 不顯示。
glossary-adoption-whitehouse = 不顯示。
glossary-demand-to-compute = 需求 ÷ 算力
glossary-demand-to-compute-unit = 倍（付費需求相對推理算力可服務量）
glossary-demand-to-compute-how = 上季在你的定價下的付費需求，除以推理算力可服務的營收。大於 1：營收受算力所限，其餘需求未獲滿足；小於 1：營收受需求所限，其餘算力閒置，但你仍要付費。
glossary-demand-to-compute-openai = 大於 1 時，更多算力帶來更多營收；小於 1 時，更多算力只增加成本。採用接近上限時，留意它下降。
glossary-demand-to-compute-oracle = 不顯示；客戶閒置的算力，是它可能不再續約的合約。
glossary-demand-to-compute-utility = 不顯示。
glossary-demand-to-compute-whitehouse = 不顯示。

glossary-commitments = 每年承諾
glossary-commitments-unit = 每年十億美元
glossary-commitments-how = OpenAI 同意每年為算力、租約與晶片支付的金額。
glossary-commitments-openai = 營收除以承諾就是覆蓋率；低於 1 時，OpenAI 每季都得籌資。
glossary-commitments-oracle = Oracle 的未交付合約就是你客戶的承諾。
glossary-commitments-utility = 不顯示。
glossary-commitments-whitehouse = 不顯示。

glossary-spv-pot = 未動用的 SPV 資金
glossary-spv-pot-unit = 十億美元
glossary-spv-pot-how = 特殊目的實體募得、尚未花在資料中心上的資金。
glossary-spv-pot-openai = 不顯示。
glossary-spv-pot-oracle = 它不用 Oracle 自己的債券就能蓋資料中心，但 Oracle 要付租金。
glossary-spv-pot-utility = 不顯示。
glossary-spv-pot-whitehouse = 不顯示。

glossary-revolver = 已動用的循環信用
glossary-revolver-unit = 十億美元
glossary-revolver-how = 現金將低於零時動用的銀行信用額度；計入債務，優先償還。
glossary-revolver-openai = 動用額度對市場是警訊。
glossary-revolver-oracle = 額度用盡而現金不足時，公司違約。
glossary-revolver-utility = 不顯示。
glossary-revolver-whitehouse = 不顯示。

glossary-ride-through = 故障穿越
glossary-ride-through-unit = 資料中心 MW 的比率
glossary-ride-through-how = 電網故障時保持連線、不會跳脫的資料中心負載（設備與設定，如 NERC 對大型負載的要求）。在調度機構審查此能力的地區（德州），一旦附近一次故障可能讓超過電網可承受的負載離線，缺乏此能力的已完工資料中心便暫緩併網。
glossary-ride-through-openai = 配合調節負載可以降低你的站點跳脫的 MW。
glossary-ride-through-oracle = 故障穿越設備要花資本，也能保護電網；在德州達到穩定上限時，只有已加裝的機房能併網。
glossary-ride-through-utility = 故障穿越規定減少大型負載脫落事件與停電。
glossary-ride-through-whitehouse = 停電會損及支持度。

glossary-loss-event = 大型負載脫落事件
glossary-loss-event-unit = 次數；脫落的 MW
glossary-loss-event-how = 故障後一次有 1,000 MW 以上資料中心負載脫落（NERC 的事故規模）。頻率響應吸收它，或頻率跌破 59.3 Hz 而卸載，或連鎖成為停電。
glossary-loss-event-openai = 你的站點脫落不直接讓你付出代價，但規定會隨之而來。
glossary-loss-event-oracle = 與 OpenAI 相同；故障穿越設備可以避免。
glossary-loss-event-utility = 可靠度是電力公司分數的一部分。
glossary-loss-event-whitehouse = 停電會損及支持度。

glossary-blackouts = 停電
glossary-blackouts-unit = 家庭比率，最嚴重的一季
glossary-blackouts-how = 因短缺（需量反應後需求仍高於供給）或故障後連鎖而斷電的家庭。
glossary-blackouts-openai = 不計入你的分數；但停電之後，針對大型負載的規定會來。
glossary-blackouts-oracle = 與 OpenAI 相同。
glossary-blackouts-utility = 最嚴重的停電是電力公司分數的一部分（可靠度）。
glossary-blackouts-whitehouse = 大城市停電會損及支持度。

glossary-reserve = 備轉容量率
glossary-reserve-unit = 尖峰負載的百分比
glossary-reserve-how = 可靠容量（電廠按尖峰時能提供的量計算，加上需量反應）除以規劃尖峰再減一。規劃者以約 15% 為目標。
glossary-reserve-openai = 餘裕太薄，你的新站點就得等電網。
glossary-reserve-oracle = 同上：建好的資料中心要等併網。
glossary-reserve-utility = 低於目標時，短缺與容量價格上升；最薄地區與目標之差計入你的分數（可靠度）。
glossary-reserve-whitehouse = 餘裕太薄會帶來停電。

glossary-energy-price = 電能價格
glossary-energy-price-unit = 每 MWh 美元（資料中心付其區域價格）
glossary-energy-price-how = 依調度順序逐時調度得出的批發價格；資料中心付壅塞區域的價格，可能更高。
glossary-energy-price-openai = 每 GW 算力運轉成本的一部分。
glossary-energy-price-oracle = 與 OpenAI 相同。
glossary-energy-price-utility = 反映在電費上；高價會吸引商業電廠進場。
glossary-energy-price-whitehouse = 價格高就是電費高、支持度低。

glossary-capacity-price = 容量價格
glossary-capacity-price-unit = 每 MW 每日美元
glossary-capacity-price-how = 在有容量市場的區域（PJM），拍賣依預測備轉容量率沿需求曲線出清，上限為現行價格上限。
glossary-capacity-price-openai = 不顯示。
glossary-capacity-price-oracle = 不顯示。
glossary-capacity-price-utility = 所有用戶都要付；設上限能降電費，也會減少新供給。
glossary-capacity-price-whitehouse = PJM 電費上漲的一大部分。

glossary-bill = 每月電費
glossary-bill-unit = 每月美元，平均家庭
glossary-bill-how = 住宅電價（電能、容量與輸配：收入需求除以年售電量）乘以家庭的季節用電量。並列出相對上一季與一年前的變化。
glossary-bill-openai = 電費上漲會帶來讓大型負載付費的規定。
glossary-bill-oracle = 與 OpenAI 相同。
glossary-bill-utility = 可負擔性是電力公司分數的一部分。
glossary-bill-whitehouse = 電費影響支持度。

glossary-arrears = 欠費
glossary-arrears-unit = 家庭百分比
glossary-arrears-how = 拖欠電費的家庭：電費超過收入所能負擔者，依收入與電費的分布計算；每季有些家庭會補繳。
glossary-arrears-openai = 不顯示。
glossary-arrears-oracle = 不顯示。
glossary-arrears-utility = 未繳的電費是電力公司收不到的營收。
glossary-arrears-whitehouse = 欠費拖累支持度。

glossary-ffo = 營運資金對債務比
glossary-ffo-unit = 百分比
glossary-ffo-how = 過去一年未計營運資金變動的營運現金除以債務。評等機構對投資等級電力公司期望約 12% 以上。
glossary-ffo-openai = 不顯示。
glossary-ffo-oracle = 不顯示。
glossary-ffo-utility = 償債能力：電力公司分數的一部分。費率案提高它；不申請就花錢則壓低它。
glossary-ffo-whitehouse = 不顯示。

glossary-base-rate = 基本費率
glossary-base-rate-unit = 開局的倍數
glossary-base-rate-how = 主管機關核准的輸配費率，隨核准的費率案變動。
glossary-base-rate-openai = 不顯示。
glossary-base-rate-oracle = 不顯示。
glossary-base-rate-utility = 費率案能回收支出，但會推高電費、壓低支持度。
glossary-base-rate-whitehouse = 不顯示。

glossary-cost-index = 成本指數
glossary-cost-index-unit = 開局的倍數
glossary-cost-index-how = 設備（變壓器、渦輪機、晶片）相對開局的成本：隨關稅與超出製造商產能的訂單上升。
glossary-cost-index-openai = 晶片變貴。
glossary-cost-index-oracle = 資料中心變貴。
glossary-cost-index-utility = 電廠與電網變貴。
glossary-cost-index-whitehouse = 關稅反映在這裡。

glossary-national-price = 全國電價
glossary-national-price-unit = 每 kWh 美分
glossary-national-price-how = 各區域住宅電價的平均，以家庭數加權。
glossary-national-price-openai = 不顯示。
glossary-national-price-oracle = 不顯示。
glossary-national-price-utility = 其費率的全國比較基準。
glossary-national-price-whitehouse = 選民感受得到。

glossary-budget = 計畫成本
glossary-budget-unit = 十億美元（本季或累計，依標示）
glossary-budget-how = 補貼、紓困與被求償的貸款擔保讓國庫付出的成本，加上它們新增債務的利息。
glossary-budget-openai = 不顯示。
glossary-budget-oracle = 不顯示。
glossary-budget-utility = 不顯示。
glossary-budget-whitehouse = 花錢現在換得支持度，日後推高殖利率。

glossary-deficit = 赤字
glossary-deficit-unit = 本季，十億美元
glossary-deficit-how = 本季計畫成本減去關稅收入。赤字每占 GDP 一個百分點，公債殖利率約上升 0.25 個百分點。
glossary-deficit-openai = 殖利率上升推高每一筆票息。
glossary-deficit-oracle = 與 OpenAI 相同。
glossary-deficit-utility = 與 OpenAI 相同。
glossary-deficit-whitehouse = 選民對赤字的反應有時間落差。

glossary-programme-debt = 計畫造成的債務
glossary-programme-debt-unit = 十億美元
glossary-programme-debt-how = 開局以來各項計畫增加的聯邦債務：赤字累計加上利息。
glossary-programme-debt-openai = 不顯示。
glossary-programme-debt-oracle = 不顯示。
glossary-programme-debt-utility = 不顯示。
glossary-programme-debt-whitehouse = 即使停止支出，它仍讓殖利率居高不下。

glossary-yield-premium = 公債殖利率溢價
glossary-yield-premium-unit = 基點
glossary-yield-premium-how = 計畫赤字讓公債殖利率上升的幅度（赤字每占 GDP 一個百分點約 25 基點）。
glossary-yield-premium-openai = 加在每家公司的借款成本上。
glossary-yield-premium-oracle = 與 OpenAI 相同。
glossary-yield-premium-utility = 與 OpenAI 相同。
glossary-yield-premium-whitehouse = 花錢的代價：提高所有人的借款成本。

glossary-deficit-inflation = 赤字帶來的通膨
glossary-deficit-inflation-unit = 每年百分點
glossary-deficit-inflation-how = 以舉債支應的支出遇上充分就業的經濟，推高物價：過去一年的赤字每占 GDP 一個百分點，約增加 0.2 個百分點的通膨（疫情期間的紓困約推高 3 個百分點，舊金山聯準銀行 2022）。家庭會在幾個月內與關稅造成的漲價一起感受到。
glossary-deficit-inflation-openai = 不顯示。
glossary-deficit-inflation-oracle = 不顯示。
glossary-deficit-inflation-utility = 不顯示。
glossary-deficit-inflation-whitehouse = 選民對通膨的反感甚於電費：以舉債發放的補助，換來的支持度比表面上少。

glossary-tariff-revenue = 關稅收入
glossary-tariff-revenue-unit = 十億美元，累計
glossary-tariff-revenue-how = 對進口晶片與設備徵收的關稅，扣除豁免與關稅嚇阻的進口。
glossary-tariff-revenue-openai = 含在你的晶片價格裡。
glossary-tariff-revenue-oracle = 含在你的設備價格裡。
glossary-tariff-revenue-utility = 含在變壓器與渦輪機的價格裡。
glossary-tariff-revenue-whitehouse = 抵銷計畫成本。

glossary-guarantees = 貸款擔保
glossary-guarantees-unit = 未償餘額，十億美元
glossary-guarantees-how = 政府擔保的貸款：先付一筆費用，借款人違約時付全額。
glossary-guarantees-openai = 建造者借款較便宜。
glossary-guarantees-oracle = 與 OpenAI 相同。
glossary-guarantees-utility = 與 OpenAI 相同。
glossary-guarantees-whitehouse = 或有成本：一旦違約，就被求償計入預算。

glossary-jobs = 新增製造業就業
glossary-jobs-unit = 開局以來的千個職位（下降表示相對開局流失）
glossary-jobs-how = 白宮補助蓋起的工廠（一經資助便會留下，在幾季內陸續到位）與受保護產業的就業，減去關稅墊高投入成本後下游與遭報復而流失的就業。
glossary-jobs-openai = 不顯示。
glossary-jobs-oracle = 不顯示。
glossary-jobs-utility = 不顯示。
glossary-jobs-whitehouse = 白宮分數的一部分。

glossary-score = 分數
glossary-score-unit = 滿分 100
glossary-score-how = 每個席位的目標有幾個部分，各有目標值與權重；達到目標值得全部權重，越接近得分越多。每個部分都達標（✓）即達成目標；分數顯示離目標多近。
glossary-score-openai = 已上線與已確保的算力、營收、違約風險、可撐季數。
glossary-score-oracle = 股價、投資等級評等、自由現金流、已上線的資料中心。
glossary-score-utility = 可靠度、可負擔的電價、償債能力。
glossary-score-whitehouse = 選舉、指數、就業、計畫赤字。

glossary-welfare = 公共福祉
glossary-welfare-unit = 滿分 100
glossary-welfare-how = 不屬於任何席位的公眾分數：相對開局的電費（30 分）、停電時數（25）、透過指數的家庭財富（20）、欠費家庭（15）與就業（10）。
glossary-welfare-openai = 顯示這局的結果對家庭意味著什麼。
glossary-welfare-oracle = 與 OpenAI 相同。
glossary-welfare-utility = 與 OpenAI 相同。
glossary-welfare-whitehouse = 選民自己的成績單。

glossary-demand-response = 需量反應
glossary-demand-response-unit = 可削減的 MW；削減的 GWh
glossary-demand-response-how = 同意在吃緊時段停用以換取補償的負載。計為可靠容量，並削低尖峰。
glossary-demand-response-openai = 有彈性的訓練負載可以付費暫停。
glossary-demand-response-oracle = 不顯示。
glossary-demand-response-utility = 對一年中最後幾個小時來說，比尖峰機組便宜。
glossary-demand-response-whitehouse = 停電較少。

glossary-queue = 併網排隊
glossary-queue-unit = 等待中的 MW
glossary-queue-how = 等待電網研究與併網的電廠與大型負載。其中許多是投機性的，會撤回；快速審批讓每季撤回更多。
glossary-queue-openai = 你的站點在這裡排隊。
glossary-queue-oracle = 建好的資料中心在賺錢之前在這裡排隊。
glossary-queue-utility = 你從這裡核准大型負載。
glossary-queue-whitehouse = 快速審批縮短它。

glossary-runway = 可撐季數
glossary-runway-unit = 季
glossary-runway-how = 季末現金除以本季燒錢速度（負的自由現金流，至少 5 億美元）。
glossary-runway-openai = OpenAI 分數的一部分：撐得過一年（四季）即得滿分。
glossary-runway-oracle = 不顯示。
glossary-runway-utility = 不顯示。
glossary-runway-whitehouse = 不顯示。

glossary-default-risk = 違約風險
glossary-default-risk-unit = 比率（五年內違約的機率）
glossary-default-risk-how = 由結構式信用模型得出：公司資產在五年內跌破債務的機率。越低越好。
glossary-default-risk-openai = OpenAI 分數的一部分：市場眼中的償債能力。
glossary-default-risk-oracle = 決定 Oracle 的利差與評等。
glossary-default-risk-utility = 不顯示。
glossary-default-risk-whitehouse = 違約會讓貸款擔保被求償而計入預算。

glossary-elections = 選舉
glossary-elections-unit = 勝與敗
glossary-elections-how = 期中選舉（眾議院席次）與大選（選舉人票）逐區決定：各區的選票取決於其政治傾向與選舉日當地的支持度，另有隨機波動。期中選舉落敗會造成分裂的國會。
glossary-elections-openai = 新國會可能改變大型負載的規則。
glossary-elections-oracle = 與 OpenAI 相同。
glossary-elections-utility = 與 OpenAI 相同。
glossary-elections-whitehouse = 白宮分數的一部分。

glossary-restructuring = 重整
glossary-restructuring-unit = 依標示（保留的 GW、十億美元、回收率）
glossary-restructuring-how = 違約之後，公司的分數在餘下的遊戲中計算它仍在運轉的部分，以及債權人能回收多少（資產除以債權）。
glossary-restructuring-openai = 違約不會結束你的遊戲：保住上線的算力，讓債權人少受損失。
glossary-restructuring-oracle = 與 OpenAI 相同：讓資料中心保持上線、現金持續流入。
glossary-restructuring-utility = 不顯示。
glossary-restructuring-whitehouse = 違約會讓擔保被求償，並動搖指數。

glossary-outage-hours = 停電時數
glossary-outage-hours-unit = 每戶小時
glossary-outage-hours-how = 遊戲至今家庭停電的總戶時數，除以家庭數。
glossary-outage-hours-openai = 不顯示。
glossary-outage-hours-oracle = 不顯示。
glossary-outage-hours-utility = 公眾衡量可靠度的方式。
glossary-outage-hours-whitehouse = 公共福祉的一部分。

glossary-onsite = 現場燃氣機組
glossary-onsite-unit = MW
glossary-onsite-how = 在資料中心現場興建的燃氣渦輪機，讓它在併網之前或不併網就能運轉。每 MWh 比電網供電貴，但不必排隊。
glossary-onsite-openai = 不顯示。
glossary-onsite-oracle = 在等待併網期間也能賺錢的算力。
glossary-onsite-utility = 不向電網要求容量的負載。
glossary-onsite-whitehouse = 不顯示。

glossary-statements = 財務報表
glossary-statements-unit = 十億美元，本季與近四季合計；資產負債表項目為季末數字
glossary-statements-how = 模型中每筆付款都是標明類別的帳本轉帳；每季結算時，各實體的轉帳與非現金分錄（折舊、簽訂租約、沖銷）化為損益表、現金流量表與資產負債表。按客戶分列的營收，把每位付款人的轉帳以同一套帳冊結算，因此各客戶相加等於營收。自由現金流是營業現金流減資本支出；為負時即公司燒掉的現金。上市公司的帳目以其最近一次公布的數字開帳；遊戲不交易的商譽、應收帳款、應付帳款與遞延收入維持在這些數值。
glossary-statements-openai = 算力成本超過營收時，OpenAI 的營業現金流為負：帳冊顯示其支出有多少靠股權、供應商融資與甲骨文合約支應。
glossary-statements-oracle = 甲骨文付給 SPV 的租金與利息列在營業現金流中；資本支出及支應它的債務決定其信評。
glossary-statements-utility = 電力公司的營收就是電費；其資本支出進入費率基礎，逐年透過費率收回。
glossary-statements-whitehouse = 各公司的燒錢速度是這波熱潮的弱點：燒掉無法再籌得的現金就會違約，擔保貸款隨之被求償。

glossary-revenue-requirement = 收入需求與費率基礎
glossary-revenue-requirement-unit = 每年十億美元（收入需求）；十億美元（費率基礎）
glossary-revenue-requirement-how = 監管機關准許電力公司一年收取的輸配電收入：上次費率案核定的既有電網，加上此後新建設施的報酬與折舊（每完成一項工程，費率基礎就增加）。大型負載負擔的部分依現行規則而定：其分攤升級費的比例與最低需量費。
glossary-revenue-requirement-openai = 向大型負載收取的需求越高，OpenAI 租用算力的成本越高。
glossary-revenue-requirement-oracle = 大型負載分攤的需求是甲骨文電費的一部分。
glossary-revenue-requirement-utility = 收入需求就是電力公司獲准的收入：興建會提高它，但大型負載不付的部分由家庭電費承擔。
glossary-revenue-requirement-whitehouse = 家庭負擔的需求決定電費，電費決定支持度。

glossary-rules = 現行規則
glossary-rules-unit = 百分比、每 MW 日美元、是或否
glossary-rules-how = 晶片與電網設備關稅、大型負載分攤電網升級費的比例（由各州設定，或依聯邦規則與國會所定下限）、最低需量費、新資料中心是否須具故障穿越能力、快速審批與容量價格上限，皆為上一季命令後的現況。
glossary-rules-openai = 關稅提高晶片成本；分攤比例與需量費提高電力成本。
glossary-rules-oracle = 分攤比例、需量費與穿越要求決定新資料中心的成本與併網速度。
glossary-rules-utility = 分攤比例與需量費決定家庭負擔多少建設成本。
glossary-rules-whitehouse = 聯邦規則是白宮的槓桿：每一項都牽動電費、就業或市場。
