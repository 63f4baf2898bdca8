<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AffiliateOrdersWidget</name>
    <message>
        <source>Filter by creator, product, order ID or status</source>
        <translation>按达人、商品、订单号或状态筛选</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loading affiliate orders… %v of %m</source>
        <translation>正在加载联盟订单… %v / %m</translation>
    </message>
</context>
<context>
    <name>AftersalesWidget</name>
    <message>
        <source>Show these requests</source>
        <translation>显示这些申请</translation>
    </message>
    <message>
        <source>Search request or order IDs, or a reason (paste a list to match several)</source>
        <translation>搜索申请号、订单号或原因（粘贴列表可匹配多个）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>同意所选申请</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Reject the selected requests with a reason</source>
        <translation>拒绝所选申请并说明原因</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the requests shown as a CSV file (Ctrl+E)</source>
        <translation>将显示的申请保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the returns and cancellations again from the shop (F5)</source>
        <translation>从店铺重新加载退货与取消申请（F5）</translation>
    </message>
</context>
<context>
    <name>AnalyticsExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Daily figures, CSV (*.csv)</source>
        <translation>每日数据 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Top products, CSV (*.csv)</source>
        <translation>热销商品 CSV (*.csv)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
    <message>
        <source>ShopDesk analytics</source>
        <translation>ShopDesk 数据分析</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>AnalyticsPane</name>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Days in the shop&apos;s time zone, up to yesterday</source>
        <translation>按店铺时区计算的日期，截至昨天</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>&amp;Second axis:</source>
        <translation>副坐标轴(&amp;S)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the charts as a picture or the figures as CSV (Ctrl+E)</source>
        <translation>将图表保存为图片，或将数据保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the figures again from the shop (F5)</source>
        <translation>从店铺重新加载数据（F5）</translation>
    </message>
    <message>
        <source>Top products by GMV</source>
        <translation>GMV 最高的商品</translation>
    </message>
</context>
<context>
    <name>CacheOpener</name>
    <message>
        <source>The local cache is damaged</source>
        <translation>本地缓存已损坏</translation>
    </message>
    <message>
        <source>ShopDesk could not read its copy of this shop&apos;s data (%1).

Rebuild it from the shop? Nothing is lost on TikTok Shop; the damaged file is kept next to the new one.</source>
        <translation>ShopDesk 无法读取此店铺数据的本地副本（%1）。

要从店铺重新构建吗？TikTok Shop 上的数据不会丢失；损坏的文件会保留在新文件旁边。</translation>
    </message>
    <message>
        <source>Working without the offline cache</source>
        <translation>在没有离线缓存的情况下工作</translation>
    </message>
    <message>
        <source>%1

ShopDesk works from the server only: nothing is shown offline, and prices, stock and shipments cannot be changed.</source>
        <translation>%1

ShopDesk 将只使用服务器数据：离线时不显示任何内容，且无法修改价格、库存和发货。</translation>
    </message>
</context>
<context>
    <name>CollaborationsWidget</name>
    <message>
        <source>New open collaboration…</source>
        <translation>新建公开合作…</translation>
    </message>
    <message>
        <source>Offer a product to every creator at a public commission</source>
        <translation>以公开佣金向所有达人开放一件商品</translation>
    </message>
    <message>
        <source>New target collaboration…</source>
        <translation>新建定向合作…</translation>
    </message>
    <message>
        <source>Invite chosen creators to chosen products at their own commission</source>
        <translation>邀请选定的达人推广选定的商品，各设佣金</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Open collaborations</source>
        <translation>公开合作</translation>
    </message>
    <message>
        <source>Target collaborations</source>
        <translation>定向合作</translation>
    </message>
</context>
<context>
    <name>CreatorSearchWidget</name>
    <message>
        <source>Username or nickname</source>
        <translation>用户名或昵称</translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation>粉丝数：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation>粉丝数下限</translation>
    </message>
    <message>
        <source>At most this many followers</source>
        <translation>粉丝数上限</translation>
    </message>
    <message>
        <source>Per page:</source>
        <translation>每页：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>GMV (30 days):</source>
        <translation>GMV（30 天）：</translation>
    </message>
    <message>
        <source>Units sold:</source>
        <translation>销量：</translation>
    </message>
    <message>
        <source>Invite selected…</source>
        <translation>邀请所选达人…</translation>
    </message>
    <message>
        <source>Invite the selected creators to a new target collaboration</source>
        <translation>邀请所选达人加入新的定向合作</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
</context>
<context>
    <name>CsvShipment</name>
    <message>
        <source>the file needs a package_id or an order_id column</source>
        <translation>文件需要 package_id 或 order_id 列</translation>
    </message>
    <message>
        <source>neither a package id nor an order id</source>
        <translation>既没有包裹 ID 也没有订单 ID</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>a seller-shipped package needs a tracking number (8 to 40 letters, digits or dashes) and a shipping_provider_id</source>
        <translation>商家自发货的包裹需要运单号（8 到 40 个字母、数字或短横线）和 shipping_provider_id</translation>
    </message>
    <message>
        <source>handover must be PICKUP or DROP_OFF, not “%1”</source>
        <translation>handover 必须是 PICKUP 或 DROP_OFF，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Your sign-in has expired</source>
        <translation>登录已过期</translation>
    </message>
    <message>
        <source>ShopDesk could not renew access to the shop. Try again; if it keeps happening, sign in to the shop again.</source>
        <translation>ShopDesk 无法续期店铺访问权限。请重试；如果问题持续出现，请重新登录店铺。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The shop needs to be authorized again</source>
        <translation>店铺需要重新授权</translation>
    </message>
    <message>
        <source>TikTok Shop no longer accepts ShopDesk&apos;s access for this shop. Authorize the shop again to continue.</source>
        <translation>TikTok Shop 已不再接受 ShopDesk 对此店铺的访问。请重新授权店铺后继续。</translation>
    </message>
    <message>
        <source>Authorize again</source>
        <translation>重新授权</translation>
    </message>
    <message>
        <source>ShopDesk is not allowed to do this</source>
        <translation>ShopDesk 没有执行此操作的权限</translation>
    </message>
    <message>
        <source>The app is missing a permission for this shop. Add the permission in Partner Center, then authorize the shop again.</source>
        <translation>应用缺少此店铺的一项权限。请在 Partner Center 中添加该权限，然后重新授权店铺。</translation>
    </message>
    <message>
        <source>This belongs to another shop</source>
        <translation>此项属于其他店铺</translation>
    </message>
    <message>
        <source>The item is not part of the selected shop. Switch to the right shop and try again.</source>
        <translation>该项目不属于当前选择的店铺。请切换到正确的店铺后重试。</translation>
    </message>
    <message>
        <source>TikTok Shop refused the request</source>
        <translation>TikTok Shop 拒绝了该请求</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The request could not be verified</source>
        <translation>请求无法通过验证</translation>
    </message>
    <message>
        <source>Check that the app secret is right and that this computer&apos;s clock is set correctly, then try again.</source>
        <translation>请检查应用密钥（App Secret）是否正确，以及本机时钟是否准确，然后重试。</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>TikTok Shop asked ShopDesk to slow down</source>
        <translation>TikTok Shop 要求 ShopDesk 降低请求频率</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time. Wait a moment and try again.</source>
        <translation>短时间内发送的请求过多。请稍候再试。</translation>
    </message>
    <message>
        <source>TikTok Shop is having trouble</source>
        <translation>TikTok Shop 服务出现问题</translation>
    </message>
    <message>
        <source>The server could not answer right now. Try again in a few minutes.</source>
        <translation>服务器暂时无法响应。请几分钟后重试。</translation>
    </message>
    <message>
        <source>Cannot reach TikTok Shop</source>
        <translation>无法连接 TikTok Shop</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again. (%1)</source>
        <translation>请检查网络连接，然后重试。（%1）</translation>
    </message>
    <message>
        <source>TikTok Shop took too long to answer</source>
        <translation>TikTok Shop 响应超时</translation>
    </message>
    <message>
        <source>The connection may be slow. Try again.</source>
        <translation>网络连接可能较慢。请重试。</translation>
    </message>
    <message>
        <source>The answer from TikTok Shop could not be read</source>
        <translation>无法读取 TikTok Shop 的响应</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it keeps happening, report it with the details below. (%1)</source>
        <translation>没有进行任何更改。请重试；如果问题持续出现，请附上以下详细信息进行反馈。（%1）</translation>
    </message>
    <message>
        <source>Some items failed</source>
        <translation>部分项目失败</translation>
    </message>
    <message>
        <source>The rest were done. Each failed row shows why.</source>
        <translation>其余项目已完成。每个失败的行都会显示原因。</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing more will be sent.</source>
        <translation>不会再发送任何请求。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The shop&apos;s keys are missing</source>
        <translation>店铺的凭据已丢失</translation>
    </message>
    <message>
        <source>The system keychain no longer holds this shop&apos;s access. Connect the shop again.</source>
        <translation>系统钥匙串中已没有此店铺的访问凭据。请重新连接店铺。</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation>没有可用的系统钥匙串</translation>
    </message>
    <message>
        <source>ShopDesk keeps shop access only in the system keychain. Start GNOME Keyring or KWallet, then try again.</source>
        <translation>ShopDesk 只在系统钥匙串中保存店铺访问凭据。请启动 GNOME 密钥环或 KWallet，然后重试。</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <source>Unlock the login keyring, then try again.</source>
        <translation>请解锁登录密钥环，然后重试。</translation>
    </message>
    <message>
        <source>The keychain refused access</source>
        <translation>钥匙串拒绝了访问</translation>
    </message>
    <message>
        <source>Allow ShopDesk to use the keychain, then try again.</source>
        <translation>请允许 ShopDesk 使用钥匙串，然后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>It may be waiting to be unlocked. Unlock the login keyring, then try again.</source>
        <translation>它可能正在等待解锁。请解锁登录密钥环，然后重试。</translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation>钥匙串报告了一个问题</translation>
    </message>
    <message>
        <source>ShopDesk could not save to its offline cache</source>
        <translation>ShopDesk 无法写入离线缓存</translation>
    </message>
    <message>
        <source>Nothing was lost on TikTok Shop. Free some disk space or make the data folder writable, then try again. (%1)</source>
        <translation>TikTok Shop 上的数据没有丢失。请释放磁盘空间或让数据文件夹可写，然后重试。（%1）</translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG picture.</source>
        <translation>%1 不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>%1 is %2; pictures may be at most %3.</source>
        <translation>%1 大小为 %2；图片最大 %3。</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be from %4 to %5 pixels.</source>
        <translation>%1 为 %2 × %3 像素；每边须在 %4 至 %5 像素之间。</translation>
    </message>
    <message>
        <source>Write a description: a listing needs one.</source>
        <translation>请填写描述：上架商品必须有描述。</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>描述有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类目。</translation>
    </message>
    <message>
        <source>“%1” has subcategories; choose one of them (products go into the last level).</source>
        <translation>“%1”下还有子类目，请选择其一（商品只能放在末级类目）。</translation>
    </message>
    <message>
        <source>Add at least one picture.</source>
        <translation>请至少添加一张图片。</translation>
    </message>
    <message>
        <source>%1 pictures are chosen; a listing may have at most %2.</source>
        <translation>已选 %1 张图片；一个商品最多 %2 张。</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; in this market it needs at least %2.</source>
        <translation>标题有 %1 个字符；此市场至少需要 %2 个。</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>标题有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The title must not contain Chinese characters.</source>
        <translation>标题不能包含中文字符。</translation>
    </message>
    <message>
        <source>“%1” is required in this category.</source>
        <translation>此类目必须填写“%1”。</translation>
    </message>
    <message>
        <source>Add at least one SKU with a price and stock.</source>
        <translation>请至少添加一个带价格和库存的 SKU。</translation>
    </message>
    <message>
        <source>A listing may have at most %1 SKUs.</source>
        <translation>一个商品最多 %1 个 SKU。</translation>
    </message>
    <message>
        <source>%1: the price must be more than zero.</source>
        <translation>%1：价格必须大于零。</translation>
    </message>
    <message>
        <source>%1: a seller SKU may have at most %2 characters.</source>
        <translation>%1：卖家 SKU 最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: this seller SKU is used twice.</source>
        <translation>%1：此卖家 SKU 重复使用。</translation>
    </message>
    <message>
        <source>%1: give its stock in at least one warehouse.</source>
        <translation>%1：请至少填写一个仓库的库存。</translation>
    </message>
    <message>
        <source>%1: stock must be a whole number from %2 to %3.</source>
        <translation>%1：库存须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: an option may have at most %2 characters.</source>
        <translation>%1：规格值最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: several SKUs need an option (such as a colour) each.</source>
        <translation>%1：多个 SKU 时，每个都需要规格（如颜色）。</translation>
    </message>
    <message>
        <source>%1: another SKU has the same option.</source>
        <translation>%1：与另一个 SKU 的规格相同。</translation>
    </message>
    <message>
        <source>Give the package weight.</source>
        <translation>请填写包裹重量。</translation>
    </message>
    <message>
        <source>Package length, width and height must be whole numbers above zero.</source>
        <translation>包裹长、宽、高须为大于零的整数。</translation>
    </message>
</context>
<context>
    <name>LivePane</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the LIVE sessions again (F5)</source>
        <translation>重新加载直播场次（F5）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopDesk</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ShopDesk</source>
        <translation>关于 ShopDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pending changes…</source>
        <translation>待发送的更改(&amp;P)…</translation>
    </message>
    <message>
        <source>Changes not sent yet, failed, or to be checked</source>
        <translation>尚未发送、发送失败或需要核实的更改</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>更改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>连接店铺(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out of this shop…</source>
        <translation>退出此店铺(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove this shop and delete its access from the system keychain</source>
        <translation>移除此店铺，并从系统钥匙串中删除其访问凭据</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>OpenCollaborationDialog</name>
    <message>
        <source>New open collaboration</source>
        <translation>新建公开合作</translation>
    </message>
    <message>
        <source>Every creator can promote the product and earn this commission on each sale.</source>
        <translation>所有达人都可推广该商品，每笔成交获得此佣金。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>佣金(&amp;C)：</translation>
    </message>
    <message>
        <source>1.00 % to 80.00 %, with up to two decimals</source>
        <translation>1.00% 至 80.00%，最多两位小数</translation>
    </message>
</context>
<context>
    <name>OrderAttention</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Ship within 24 h</source>
        <translation>24 小时内发货</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>买家申请取消</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>买家申请退货</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between reasons</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>It should have shipped by %1.</source>
        <translation>应在 %1 前发货。</translation>
    </message>
    <message>
        <source>Ship it by %1.</source>
        <translation>请在 %1 前发货。</translation>
    </message>
    <message>
        <source>The buyer asked to cancel it; answer by %1.</source>
        <translation>买家申请取消此订单，请在 %1 前处理。</translation>
    </message>
    <message>
        <source>The buyer asked to cancel it.</source>
        <translation>买家申请取消此订单。</translation>
    </message>
    <message>
        <source>The buyer asked for a return or refund; answer it under Shipments → Returns and cancellations.</source>
        <translation>买家申请退货或退款，请在“物流 → 退货与取消”中处理。</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Ship-by time passed</source>
        <translation>已过发货截止时间</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货截止</translation>
    </message>
    <message>
        <source>Carrier to collect by</source>
        <translation>物流商揽收截止</translation>
    </message>
    <message>
        <source>Delivery due by</source>
        <translation>送达截止</translation>
    </message>
    <message>
        <source>Answer the cancellation request by</source>
        <translation>取消申请处理截止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: cancel reason</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <comment>order status now</comment>
        <translation>最近更新：%1</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <source>Search order IDs, tracking numbers, seller SKUs or product names (paste a list to match several)</source>
        <translation>搜索订单 ID、运单号、卖家 SKU 或商品名称（粘贴列表可同时匹配多个）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the orders again from the shop (F5)</source>
        <translation>从店铺重新加载订单（F5）</translation>
    </message>
    <message>
        <source>Loading orders… %v of %m</source>
        <translation>正在加载订单… %v / %m</translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <source>Ship the selected orders, or every order shown when none is selected (Ctrl+Shift+S)</source>
        <translation>为所选订单发货；未选择时为显示的全部订单发货（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Shipping… %v of %m</source>
        <translation>正在发货… %v / %m</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Packages not sent yet stay in the list of pending changes</source>
        <translation>尚未发送的包裹会保留在待发送列表中</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Shipping labels, packing slips and a pick list for the selected orders, as one PDF</source>
        <translation>所选订单的面单、装箱单和拣货单，合并为一个 PDF</translation>
    </message>
</context>
<context>
    <name>PackagesWidget</name>
    <message>
        <source>Show packages in this state</source>
        <translation>显示处于此状态的包裹</translation>
    </message>
    <message>
        <source>Search tracking numbers, order or package IDs, carriers (paste a list to match several)</source>
        <translation>搜索运单号、订单号、包裹号或物流商（粘贴列表可匹配多个）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the packages shown as a CSV file (Ctrl+E)</source>
        <translation>将显示的包裹保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the packages again from the shop (F5)</source>
        <translation>从店铺重新加载包裹（F5）</translation>
    </message>
    <message>
        <source>Loading packages… %v of %m</source>
        <translation>正在加载包裹… %v / %m</translation>
    </message>
</context>
<context>
    <name>PackingSlipWriter</name>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation>下单时间 %1</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2（%3）</translation>
    </message>
    <message>
        <source>Buyer&apos;s note: %1</source>
        <translation>买家留言：%1</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 — %3 %4 (%n order(s))</source>
        <translation>
            <numerusform>%1 × %2 — %3 %4（%n 个订单）</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be created: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Nothing could be drawn.</source>
        <translation>无法绘制任何内容。</translation>
    </message>
</context>
<context>
    <name>PerformanceKpis</name>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>stock and stock@%1 give different quantities.</source>
        <translation>stock 与 stock@%1 的数量不一致。</translation>
    </message>
    <message>
        <source>This SKU is stocked in %1 warehouses; give its stock in the stock@&lt;warehouse&gt; columns.</source>
        <translation>此 SKU 分布在 %1 个仓库；请在 stock@&lt;仓库&gt; 列中填写库存。</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>“%1”不是有效的 %2 价格。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of items.</source>
        <translation>“%1”不是整数件数。</translation>
    </message>
    <message>
        <source>This SKU is not stocked in warehouse %1.</source>
        <translation>此 SKU 在仓库 %1 中没有库存记录。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file needs a seller_sku column and a price, stock or stock@&lt;warehouse&gt; column.</source>
        <translation>文件需要 seller_sku 列，以及 price、stock 或 stock@&lt;仓库&gt; 列。</translation>
    </message>
    <message>
        <source>No seller SKU.</source>
        <translation>缺少卖家 SKU。</translation>
    </message>
    <message>
        <source>Duplicate row: this seller SKU is also on line %1.</source>
        <translation>重复行：此卖家 SKU 也出现在第 %1 行。</translation>
    </message>
    <message>
        <source>Unknown seller SKU.</source>
        <translation>未知的卖家 SKU。</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) of the shop have this seller SKU; change them one by one.</source>
        <translation>
            <numerusform>店铺中有 %n 个 SKU 使用此卖家 SKU，请逐个修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditPlanner</name>
    <message>
        <source>The price must be more than zero.</source>
        <translation>价格必须大于零。</translation>
    </message>
    <message>
        <source>Stock must be a whole number from %1 to %2.</source>
        <translation>库存必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>This SKU is not stocked in that warehouse.</source>
        <translation>此 SKU 在该仓库中没有库存记录。</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <source>Search title, seller SKU or product ID (paste a list to match several)</source>
        <translation>搜索标题、卖家 SKU 或商品 ID（粘贴列表可同时匹配多个）</translation>
    </message>
    <message>
        <source>Show products with this status</source>
        <translation>显示此状态的商品</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the products again from the shop (F5)</source>
        <translation>从店铺重新加载商品（F5）</translation>
    </message>
    <message>
        <source>Loading products… %v of %m</source>
        <translation>正在加载商品… %v / %m</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Change the price or stock of every SKU of the selected products (Ctrl+B)</source>
        <translation>修改所选商品全部 SKU 的价格或库存（Ctrl+B）</translation>
    </message>
    <message>
        <source>Sending changes… %v of %m</source>
        <translation>正在发送更改… %v / %m</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Changes not sent yet stay in the list of pending changes</source>
        <translation>尚未发送的更改会保留在待发送列表中</translation>
    </message>
    <message>
        <source>Select a product to see and edit its SKUs.</source>
        <translation>选择一个商品以查看并编辑其 SKU。</translation>
    </message>
    <message>
        <source>Double-click a price or stock figure to change it; Enter sends it</source>
        <translation>双击价格或库存数字进行修改，按 Enter 发送</translation>
    </message>
    <message>
        <source>New listing…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <source>Create a product with pictures, SKUs, prices and stock (Ctrl+N)</source>
        <translation>创建带图片、SKU、价格和库存的商品（Ctrl+N）</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Put the selected products on sale (drafts go to review first)</source>
        <translation>上架所选商品（草稿会先提交审核）</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Take the selected products off sale; nothing is lost</source>
        <translation>下架所选商品；不会丢失任何信息</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected products from the shop, after asking</source>
        <translation>确认后从店铺删除所选商品</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Read price and stock updates by seller SKU from a CSV file; you see a report and a preview first</source>
        <translation>按卖家 SKU 从 CSV 文件读取价格和库存更新；发送前先显示报告和预览</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the products shown, one row per SKU, as a CSV file (Ctrl+E)</source>
        <translation>将当前显示的商品保存为 CSV 文件，每个 SKU 一行（Ctrl+E）</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show only products with a SKU at or below the low-stock threshold (set in Settings)</source>
        <translation>只显示有 SKU 库存不高于低库存阈值的商品（在设置中修改）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Save the current search and filters as a view, or open a saved view</source>
        <translation>将当前搜索和筛选保存为视图，或打开已保存的视图</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Orders and stock</source>
        <translation>订单与库存</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>同步间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>How often orders are fetched from TikTok Shop while ShopDesk is open</source>
        <translation>ShopDesk 打开期间从 TikTok Shop 获取订单的频率</translation>
    </message>
    <message>
        <source>Shipment is s&amp;tuck after:</source>
        <translation>物流停滞判定(&amp;T)：</translation>
    </message>
    <message>
        <source>Shipments without a new tracking event for this long are highlighted</source>
        <translation>超过此时长没有新物流轨迹的包裹会被突出显示</translation>
    </message>
    <message>
        <source>Lo&amp;w stock at or below:</source>
        <translation>低库存阈值(&amp;W)：</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Listen for order webhooks on this computer</source>
        <translation>在本机监听订单 Webhook</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The offline cache of every shop is kept here. Secrets never are: they stay in the system keychain.</source>
        <translation>各店铺的离线缓存保存在这里。密钥从不保存在此处，只保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>ShipPlan</name>
    <message>
        <source>Fulfilled by TikTok: its warehouse ships this order.</source>
        <translation>由 TikTok 履约：此订单由其仓库发货。</translation>
    </message>
    <message>
        <source>No package of this order is waiting to ship.</source>
        <translation>此订单没有待发货的包裹。</translation>
    </message>
    <message>
        <source>Only orders awaiting shipment can be shipped.</source>
        <translation>只有待发货的订单才能发货。</translation>
    </message>
    <message>
        <source>The file needs an order_id column and a tracking_number column.</source>
        <translation>文件需要 order_id 列和 tracking_number 列。</translation>
    </message>
    <message>
        <source>Line %1: order %2 is not among the orders being shipped.</source>
        <translation>第 %1 行：订单 %2 不在本次发货的订单中。</translation>
    </message>
    <message>
        <source>Line %1: order %2 ships with TikTok Shop&apos;s carrier and needs no tracking number.</source>
        <translation>第 %1 行：订单 %2 由 TikTok Shop 物流承运，无需运单号。</translation>
    </message>
    <message>
        <source>Line %1: carrier “%2” is not offered for these orders.</source>
        <translation>第 %1 行：这些订单不支持物流商“%2”。</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>请选择物流商。</translation>
    </message>
    <message>
        <source>%1 is not offered for this order&apos;s delivery option.</source>
        <translation>此订单的配送方式不支持 %1。</translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation>请输入运单号。</translation>
    </message>
    <message>
        <source>“%1” does not look like a tracking number.</source>
        <translation>“%1”看起来不是运单号。</translation>
    </message>
    <message>
        <source>Tracking number %1 is given to more than one package.</source>
        <translation>运单号 %1 被用于多个包裹。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliateOrderTableModel</name>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity</comment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>commission rate</comment>
        <translation>佣金率</translation>
    </message>
    <message>
        <source>Est. commission</source>
        <translation>预估佣金</translation>
    </message>
    <message>
        <source>Actual commission</source>
        <translation>实际佣金</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>commission on hold</comment>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Deducted</source>
        <comment>commission taken back</comment>
        <translation>已扣回</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>橱窗</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE</comment>
        <translation>直播</translation>
    </message>
    <message>
        <source>Pre-LIVE</source>
        <translation>直播预热</translation>
    </message>
    <message>
        <source>Promotion page</source>
        <translation>推广页</translation>
    </message>
    <message>
        <source>Shared link</source>
        <translation>分享链接</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliateOrdersWidget</name>
    <message numerus="yes">
        <source>%n line(s), est. commission %1</source>
        <translation>
            <numerusform>%n 行，预估佣金 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliatesPane</name>
    <message>
        <source>Creators</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Affiliate orders</source>
        <translation>联盟订单</translation>
    </message>
    <message>
        <source>Creator stats</source>
        <translation>达人数据</translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation>联盟达人</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Open collaboration for “%1” at %2 created.</source>
        <translation>已为“%1”创建公开合作，佣金 %2。</translation>
    </message>
    <message>
        <source>Target collaboration “%1” created.</source>
        <translation>定向合作“%1”已创建。</translation>
    </message>
    <message numerus="yes">
        <source>%n creator and product pair(s) were already in another target collaboration.</source>
        <translation>
            <numerusform>有 %n 组达人与商品已在其他定向合作中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating collaborations needs the local cache, which could not be opened.</source>
        <translation>创建合作需要本地缓存，但无法打开缓存。</translation>
    </message>
    <message>
        <source>It could not be stored for sending: %1</source>
        <translation>无法保存以待发送：%1</translation>
    </message>
    <message>
        <source>The collaboration was not created</source>
        <translation>合作未创建</translation>
    </message>
    <message>
        <source>See Changes → Pending changes to retry or discard it.</source>
        <translation>可在“更改 → 待发送的更改”中重试或放弃。</translation>
    </message>
    <message>
        <source>Offline: showing what was saved on %1.</source>
        <translation>离线：显示 %1 保存的数据。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::AftersaleTableModel</name>
    <message>
        <source>Awaiting your answer</source>
        <translation>待您处理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Buyer to send it back</source>
        <translation>待买家寄回</translation>
    </message>
    <message>
        <source>Parcel on its way back</source>
        <translation>退货寄回中</translation>
    </message>
    <message>
        <source>Returned parcel rejected</source>
        <translation>已拒收退货</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Withdrawn by the buyer</source>
        <translation>买家已撤销</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Awaiting the buyer</source>
        <translation>待买家回应</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>申请号</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>您的处理</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::AftersalesWidget</name>
    <message>
        <source>Decisions need the local cache, which could not be opened.</source>
        <translation>处理申请需要本地缓存，但缓存无法打开。</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>待您处理</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>退货与退款</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Offline: showing the requests saved on %1.</source>
        <translation>离线：显示 %1 保存的申请。</translation>
    </message>
    <message>
        <source>Nothing to reject</source>
        <translation>没有可拒绝的申请</translation>
    </message>
    <message>
        <source>None of the selected requests waits for your answer.</source>
        <translation>所选申请均无需您处理。</translation>
    </message>
    <message>
        <source>Reject one kind at a time</source>
        <translation>请一次只拒绝一类申请</translation>
    </message>
    <message>
        <source>Returns, received parcels and cancellations take different reasons: select one kind.</source>
        <translation>退货、已寄回包裹和取消的拒绝原因各不相同，请只选择一类。</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>没有可发送的处理</translation>
    </message>
    <message>
        <source>The decisions could not be saved</source>
        <translation>无法保存处理结果</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) sent.</source>
        <translation>
            <numerusform>已发送 %n 项处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) sent; %1 failed — the “Your decision” column says why.</source>
        <translation>
            <numerusform>已发送 %n 项处理；%1 项失败，原因见“您的处理”列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions sent</source>
        <translation>处理已发送</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 / %n 个申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation>
            <numerusform>%n 个待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::AllShopsDialog</name>
    <message>
        <source>All shops: orders needing action</source>
        <translation>全部店铺：待处理订单</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <source>Switch the window to the shop of the selected order (Enter)</source>
        <translation>切换到所选订单所属的店铺（回车）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>From each shop&apos;s offline copy, as of its last sync. Open a shop to sync it and act.</source>
        <translation>数据来自各店铺的离线副本，以最近一次同步为准。打开店铺即可同步并处理。</translation>
    </message>
    <message>
        <source>%1: its offline copy could not be read (%2).</source>
        <translation>%1：无法读取其离线副本（%2）。</translation>
    </message>
    <message>
        <source>%1: not synced on this computer yet; open it once.</source>
        <translation>%1：尚未在此电脑上同步，请先打开一次。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) need action (synced %2).</source>
        <translation>
            <numerusform>%1：%n 个订单待处理（同步于 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading each shop&apos;s offline copy…</source>
        <translation>正在读取各店铺的离线副本…</translation>
    </message>
</context>
<context>
    <name>ShopDesk::AnalyticsPane</name>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Custom days</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Offline — showing cached data</source>
        <translation>离线 — 显示缓存的数据</translation>
    </message>
    <message>
        <source>The figures shown were saved on %1.</source>
        <translation>显示的数据保存于 %1。</translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>TikTok Shop publishes analytics with a delay; later days are not shown until their figures arrive.</source>
        <translation>TikTok Shop 的分析数据有延迟；之后的日期在数据到达前不显示。</translation>
    </message>
    <message>
        <source>No product sold in these days.</source>
        <translation>这段时间没有售出商品。</translation>
    </message>
    <message>
        <source>Loading the funnel of %1…</source>
        <translation>正在加载 %1 的转化漏斗…</translation>
    </message>
    <message>
        <source>Export analytics</source>
        <translation>导出分析数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ShopDesk::BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n product(s)</source>
        <translation>
            <numerusform>批量编辑 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Set price to</source>
        <translation>将价格设为</translation>
    </message>
    <message>
        <source>Raise or lower price by an amount</source>
        <translation>按金额调高或调低价格</translation>
    </message>
    <message>
        <source>Raise or lower price by percent</source>
        <translation>按百分比调高或调低价格</translation>
    </message>
    <message>
        <source>Set stock in every warehouse to</source>
        <translation>将每个仓库的库存设为</translation>
    </message>
    <message>
        <source>Add to or take from stock</source>
        <translation>增加或减少库存</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>商家 SKU</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Cannot be sent because</source>
        <translation>无法发送的原因</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>更改：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change.</source>
        <translation>
            <numerusform>将更改 %n 个 SKU。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change; %1 cannot and will be left as they are.</source>
        <translation>
            <numerusform>将更改 %n 个 SKU；%1 个无法更改，将保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>应用 %n 项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CategoryPicker</name>
    <message>
        <source>Search categories</source>
        <translation>搜索类目</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>正在加载类目…</translation>
    </message>
    <message>
        <source>Choose a category of the last level.</source>
        <translation>请选择末级类目。</translation>
    </message>
    <message>
        <source>“%1” has subcategories: choose one of them.</source>
        <translation>“%1”下还有子类目，请选择其一。</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类目：%1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ChangeHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>更改历史</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the changes shown as a CSV file (Ctrl+E)</source>
        <translation>将显示的更改保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>无法读取更改历史：%1</translation>
    </message>
    <message>
        <source>The file could not be created: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>Export change history</source>
        <translation>导出更改历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CollaborationsWidget</name>
    <message>
        <source>%1 open, %2 target</source>
        <comment>collaboration counts</comment>
        <translation>公开 %1 个，定向 %2 个</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ConnectShopWizard</name>
    <message>
        <source>Your TikTok Shop app</source>
        <translation>您的 TikTok Shop 应用</translation>
    </message>
    <message>
        <source>Copy these from your app&apos;s page in TikTok Shop Partner Center.</source>
        <translation>请从 TikTok Shop 合作伙伴中心的应用页面复制以下信息。</translation>
    </message>
    <message>
        <source>Global (all markets but the US)</source>
        <translation>全球（美国以外的所有市场）</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App Key(&amp;K)：</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>App Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Se&amp;rvice ID:</source>
        <translation>服务 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>Seller &amp;Center:</source>
        <translation>卖家中心(&amp;C)：</translation>
    </message>
    <message>
        <source>The app secret is kept in the system keychain, never in ShopDesk&apos;s settings.</source>
        <translation>App Secret 保存在系统钥匙串中，绝不会写入 ShopDesk 的设置。</translation>
    </message>
    <message>
        <source>Authorize ShopDesk</source>
        <translation>授权 ShopDesk</translation>
    </message>
    <message>
        <source>Sign in as the seller in your browser and approve ShopDesk.</source>
        <translation>请在浏览器中以卖家身份登录并授权 ShopDesk。</translation>
    </message>
    <message>
        <source>&amp;Open the authorization page</source>
        <translation>打开授权页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>1. Open the authorization page and approve ShopDesk for your shops.</source>
        <translation>1. 打开授权页面，为您的店铺授权 ShopDesk。</translation>
    </message>
    <message>
        <source>2. The browser then shows an address with “code=” in it. Copy that whole address and paste it here (the code is valid for 30 minutes):</source>
        <translation>2. 随后浏览器会显示一个包含“code=”的地址。请复制完整地址并粘贴到这里（授权码 30 分钟内有效）：</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link into one.</source>
        <translation>无法打开浏览器。请将链接复制到浏览器中打开。</translation>
    </message>
    <message>
        <source>The authorization was declined. Open the page again and approve ShopDesk.</source>
        <translation>授权已被拒绝。请重新打开页面并授权 ShopDesk。</translation>
    </message>
    <message>
        <source>This address holds no code for this attempt. Open the authorization page again and paste the new address.</source>
        <translation>此地址中没有本次授权的授权码。请重新打开授权页面并粘贴新的地址。</translation>
    </message>
    <message>
        <source>Checking the authorization…</source>
        <translation>正在验证授权…</translation>
    </message>
    <message>
        <source>Choose the shops</source>
        <translation>选择店铺</translation>
    </message>
    <message>
        <source>ShopDesk adds each checked shop; switch between them with Ctrl+1…9.</source>
        <translation>ShopDesk 将添加每个勾选的店铺；可用 Ctrl+1…9 在店铺间切换。</translation>
    </message>
    <message>
        <source>Loading the shops…</source>
        <translation>正在加载店铺…</translation>
    </message>
    <message>
        <source>This seller authorized no shop.</source>
        <translation>此卖家没有授权任何店铺。</translation>
    </message>
    <message>
        <source>Storing the shops&apos; access in the system keychain…</source>
        <translation>正在将店铺访问凭据保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Connect a shop</source>
        <translation>连接店铺</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreateListingDialog</name>
    <message>
        <source>Save as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>List for sale</source>
        <translation>上架销售</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>What buyers see first: brand, product, key feature</source>
        <translation>买家最先看到的内容：品牌、商品、主要特点</translation>
    </message>
    <message>
        <source>Describe the product. Leave a blank line between paragraphs; start a line with “- ” for a list.</source>
        <translation>描述商品。段落之间空一行；以“- ”开头的行会成为列表。</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>无品牌</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Pictures (the first is the cover)</source>
        <translation>图片（第一张为主图）</translation>
    </message>
    <message>
        <source>Brand and attributes</source>
        <translation>品牌和属性</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>SKUs, prices and stock</source>
        <translation>SKU、价格和库存</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>kg and cm</source>
        <translation>千克和厘米</translation>
    </message>
    <message>
        <source>lb and in</source>
        <translation>磅和英寸</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>重量：</translation>
    </message>
    <message>
        <source>Length × width × height:</source>
        <translation>长 × 宽 × 高：</translation>
    </message>
    <message>
        <source> lb</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> 千克</translation>
    </message>
    <message>
        <source> in</source>
        <translation> 英寸</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> 厘米</translation>
    </message>
    <message>
        <source>Uploading picture %1 of %2…</source>
        <translation>正在上传第 %1 张图片，共 %2 张…</translation>
    </message>
    <message>
        <source>The listing could not be saved for sending: %1</source>
        <translation>无法保存待发送的商品：%1</translation>
    </message>
    <message>
        <source>Preparing the listing…</source>
        <translation>正在准备商品…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before this listing can be sent:</source>
        <translation>
            <numerusform>发送此商品前需修正 %n 处：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be uploaded: %2 %3</source>
        <translation>无法上传 %1：%2 %3</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorGmvChart</name>
    <message>
        <source>No affiliate sales in this period</source>
        <translation>此期间没有联盟销售</translation>
    </message>
    <message>
        <source>Top creators by GMV (%1)</source>
        <translation>GMV 最高的达人（%1）</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorSearchWidget</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) shown, more available</source>
        <translation>
            <numerusform>已显示 %n 位达人，还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n 位达人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorStatsTableModel</name>
    <message>
        <source>Creator</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Est. commission</source>
        <translation>预估佣金</translation>
    </message>
    <message>
        <source>Actual commission</source>
        <translation>实际佣金</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorStatsWidget</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The affiliate orders could not be loaded</source>
        <translation>无法加载联盟订单</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s), GMV %1</source>
        <translation>
            <numerusform>%n 位达人，GMV %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorTableModel</name>
    <message>
        <source>Creator</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>GMV (30 days)</source>
        <translation>GMV（30 天）</translation>
    </message>
    <message>
        <source>LIVE GMV</source>
        <translation>直播 GMV</translation>
    </message>
    <message>
        <source>Video GMV</source>
        <translation>视频 GMV</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>creator: nickname (@username)</comment>
        <translation>%1（@%2）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Beauty &amp; Personal Care</source>
        <translation>美妆个护</translation>
    </message>
    <message>
        <source>Home Supplies</source>
        <translation>家居用品</translation>
    </message>
    <message>
        <source>Kitchenware</source>
        <translation>厨房用品</translation>
    </message>
    <message>
        <source>Phones &amp; Electronics</source>
        <translation>手机与数码</translation>
    </message>
    <message>
        <source>Sports &amp; Outdoor</source>
        <translation>运动户外</translation>
    </message>
    <message>
        <source>Pet Supplies</source>
        <translation>宠物用品</translation>
    </message>
    <message>
        <source>Womenswear &amp; Underwear</source>
        <translation>女装与内衣</translation>
    </message>
    <message>
        <source>Toys &amp; Hobbies</source>
        <translation>玩具爱好</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CsvImportReportDialog</name>
    <message>
        <source>Import prices and stock from %1</source>
        <translation>从 %1 导入价格和库存</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change.</source>
        <translation>
            <numerusform>将更改 %n 个 SKU。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will not be sent:</source>
        <translation>
            <numerusform>%n 行有问题，不会发送：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s) already match the shop.)</source>
        <translation>
            <numerusform>（%n 行与店铺现有数据相同。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>Preview %n change(s)…</source>
        <translation>
            <numerusform>预览 %n 项更改…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::GmvBreakdownChartView</name>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE sessions</comment>
        <translation>直播</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>短视频</translation>
    </message>
    <message>
        <source>Product cards</source>
        <translation>商品卡</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of the chart axis</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>GMV by source, per week</source>
        <translation>GMV 来源（按周）</translation>
    </message>
    <message>
        <source>GMV by source, per day</source>
        <translation>GMV 来源（按天）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>LIVE: %1</source>
        <comment>GMV from TikTok LIVE</comment>
        <translation>直播：%1</translation>
    </message>
    <message>
        <source>Videos: %1</source>
        <translation>短视频：%1</translation>
    </message>
    <message>
        <source>Product cards: %1</source>
        <translation>商品卡：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::GmvTrendChartView</name>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of the chart axis</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>No figures for these days yet</source>
        <translation>这些日期暂无数据</translation>
    </message>
    <message>
        <source>GMV per day (data up to %1)</source>
        <translation>每日 GMV（数据截至 %1）</translation>
    </message>
    <message>
        <source>GMV per day</source>
        <translation>每日 GMV</translation>
    </message>
    <message>
        <source>GMV: %1</source>
        <translation>GMV：%1</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>上一周期（%1）：%2</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单数：%1</translation>
    </message>
    <message>
        <source>Units sold: %1</source>
        <translation>销量：%1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::KpiTileGrid</name>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders placed</source>
        <translation>已下单订单的商品交易总额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>已下单的订单数</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Items sold across all orders</source>
        <translation>所有订单售出的件数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Customers who placed an order</source>
        <translation>下过单的顾客人数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>GMV divided by orders</source>
        <translation>GMV 除以订单数</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Money refunded to buyers</source>
        <translation>退还给买家的金额</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <source>Refunds as a share of GMV</source>
        <translation>退款金额占 GMV 的比例</translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation>商品曝光量</translation>
    </message>
    <message>
        <source>Times the shop&apos;s products were shown</source>
        <translation>店铺商品被展示的次数</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>商品页浏览量</translation>
    </message>
    <message>
        <source>Views of product pages</source>
        <translation>商品详情页的浏览次数</translation>
    </message>
    <message>
        <source>LIVE viewers</source>
        <translation>直播观看人数</translation>
    </message>
    <message>
        <source>Viewers of the shop&apos;s LIVE sessions</source>
        <translation>店铺直播的观看人数</translation>
    </message>
</context>
<context>
    <name>ShopDesk::KpiTileWidget</name>
    <message>
        <source>Previous period: %1</source>
        <translation>上一周期：%1</translation>
    </message>
    <message>
        <source>No figures for the previous period</source>
        <translation>上一周期没有数据</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingAttributesForm</name>
    <message>
        <source>Choose a category to see its attributes.</source>
        <translation>选择类目后显示其属性。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose or type a value</source>
        <translation>选择或输入值</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>required attribute</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required in this category</source>
        <translation>此类目必填</translation>
    </message>
    <message>
        <source>This category has no attributes.</source>
        <translation>此类目没有属性。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingImagesWidget</name>
    <message>
        <source>Add pictures…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>%1 of at most %2 pictures</source>
        <translation>%1 / 最多 %2 张图片</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingSkuEditor</name>
    <message>
        <source>Add SKU</source>
        <translation>添加 SKU</translation>
    </message>
    <message>
        <source>Remove SKU</source>
        <translation>删除 SKU</translation>
    </message>
    <message>
        <source>Nothing (one SKU)</source>
        <translation>无（单个 SKU）</translation>
    </message>
    <message>
        <source>SKUs vary by:</source>
        <translation>SKU 规格：</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <source>Stock: %1</source>
        <translation>库存：%1</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>%1: give a price.</source>
        <translation>%1：请填写价格。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a price in %3.</source>
        <translation>%1：“%2”不是有效的 %3 价格。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of items.</source>
        <translation>%1：“%2”不是整数件数。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::LivePane</name>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE sessions</comment>
        <translation>直播</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 场直播</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 on air</source>
        <translation>%1，%2 场直播中</translation>
    </message>
    <message>
        <source>Offline: showing the sessions saved on %1.</source>
        <translation>离线：显示 %1 保存的直播场次。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::LiveSessionDetail</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Average price</source>
        <translation>平均价格</translation>
    </message>
    <message>
        <source>Products added</source>
        <translation>上架商品数</translation>
    </message>
    <message>
        <source>Different products sold</source>
        <translation>售出商品种数</translation>
    </message>
    <message>
        <source>Click-to-order rate</source>
        <translation>点击成交率</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众数</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <source>Average concurrent viewers</source>
        <translation>平均在线人数</translation>
    </message>
    <message>
        <source>Peak concurrent viewers</source>
        <translation>最高在线人数</translation>
    </message>
    <message>
        <source>Average viewing time</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Product click-through rate</source>
        <translation>商品点击率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Select a LIVE session to see its figures.</source>
        <translation>选择一场直播查看数据。</translation>
    </message>
    <message>
        <source>@%1 · on air since %2</source>
        <translation>@%1 · %2 开播，直播中</translation>
    </message>
    <message>
        <source>@%1 · %2 to %3</source>
        <translation>@%1 · %2 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok Shop has no per-LIVE product figures; these are the shop&apos;s best sellers over the session&apos;s days (%1), from shop analytics.</source>
        <translation>TikTok Shop 不提供单场直播的商品数据；以下为店铺分析中该场直播所在日期（%1）的热销商品。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation>无法加载商品：%1</translation>
    </message>
    <message>
        <source>No product figures for these days yet.</source>
        <translation>这些日期暂无商品数据。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::LiveSessionTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation>SKU 订单</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观众数</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <source>CTR</source>
        <comment>click-through rate</comment>
        <translation>点击率</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>直播中</translation>
    </message>
</context>
<context>
    <name>ShopDesk::MainWindow</name>
    <message>
        <source>Demo shop: %1 (built-in sandbox, nothing is sent to TikTok Shop)</source>
        <translation>演示店铺：%1（内置沙箱，不会向 TikTok Shop 发送任何数据）</translation>
    </message>
    <message>
        <source>ShopDesk – %1 (Demo shop)</source>
        <translation>ShopDesk – %1（演示店铺）</translation>
    </message>
    <message>
        <source>ShopDesk – %1</source>
        <translation>ShopDesk – %1</translation>
    </message>
    <message>
        <source>About ShopDesk</source>
        <translation>关于 ShopDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for TikTok Shop sellers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;面向 TikTok Shop 卖家的桌面工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the pending changes (Ctrl+Shift+P)</source>
        <translation>打开待发送的更改（Ctrl+Shift+P）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n 项更改需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) being sent</source>
        <translation>
            <numerusform>正在发送 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>演示店铺</translation>
    </message>
    <message>
        <source>&amp;All shops: orders needing action…</source>
        <translation>全部店铺：待处理订单(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ShopDesk::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ShopDesk::Notifier</name>
    <message numerus="yes">
        <source>%n order(s) to ship</source>
        <translation>
            <numerusform>%n 个订单待发货</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last sync.</source>
        <translation>
            <numerusform>自上次同步以来新增 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship them from the Orders tab.</source>
        <translation>请在“订单”标签页中发货。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) must ship within %1 hours</source>
        <translation>
            <numerusform>%n 个订单须在 %1 小时内发货</numerusform>
        </translation>
    </message>
    <message>
        <source>The first must ship %1, or TikTok Shop may penalize the shop.</source>
        <translation>最早一单的发货期限：%1；逾期 TikTok Shop 可能会处罚店铺。</translation>
    </message>
    <message>
        <source>LIVE ended: GMV %1</source>
        <translation>直播已结束：GMV %1</translation>
    </message>
    <message>
        <source>“%1” by @%2: %3 SKU orders, %4 viewers, peak %5 watching at once.</source>
        <translation>@%2 的“%1”：%3 个 SKU 订单，%4 位观众，最高同时在线 %5 人。</translation>
    </message>
    <message numerus="yes">
        <source>%n return request(s) to answer</source>
        <translation>
            <numerusform>%n 个退货请求待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: %2. Approve or reject it in Shipments → Returns and cancellations.</source>
        <translation>订单 %1：%2。请在“物流 → 退货与取消”中同意或拒绝。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OfflineFillLabel</name>
    <message>
        <source>Saving for offline use: %1 (%2 of %3)…</source>
        <translation>正在保存以供离线使用：%1（第 %2 项，共 %3 项）…</translation>
    </message>
    <message>
        <source>collaborations</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>affiliate orders</source>
        <translation>联盟订单</translation>
    </message>
    <message>
        <source>LIVE sessions</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>数据分析</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OpenCollaborationDialog</name>
    <message>
        <source>The shop has no active product to offer yet.</source>
        <translation>店铺暂无可推广的在售商品。</translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation>请从列表中选择商品。</translation>
    </message>
    <message>
        <source>Enter a commission between 1.00 % and 80.00 %.</source>
        <translation>请输入 1.00% 至 80.00% 之间的佣金。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OpenCollaborationTableModel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>In showcases</source>
        <translation>加入橱窗</translation>
    </message>
    <message>
        <source>Posted about it</source>
        <translation>已发布内容</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ending</source>
        <comment>open collaboration removed, still running until its end time</comment>
        <translation>即将结束</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDateFilter</name>
    <message>
        <source>Show the orders created in this time, in your time zone</source>
        <translation>显示在此期间（按您的时区）创建的订单</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation>起始日（含）</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>结束日（含）</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDetailPanel</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Select an order to see its items, payment, address, packages and timeline.</source>
        <translation>选择一个订单以查看其商品、付款、地址、包裹和时间线。</translation>
    </message>
    <message>
        <source>Reading the carrier&apos;s scans…</source>
        <translation>正在读取物流扫描记录…</translation>
    </message>
    <message>
        <source>No carrier scans before the order ships.</source>
        <translation>订单发货前没有物流扫描记录。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1 · needs action: %2</source>
        <comment>status · reasons</comment>
        <translation>%1 · 待处理：%2</translation>
    </message>
    <message>
        <source>Seller discount</source>
        <translation>卖家折扣</translation>
    </message>
    <message>
        <source>Platform discount</source>
        <translation>平台折扣</translation>
    </message>
    <message>
        <source>Subtotal (after discounts)</source>
        <translation>小计（已扣折扣）</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No address yet: the API leaves it out while an order is unpaid or on hold.</source>
        <translation>暂无地址：订单待付款或暂缓处理时，API 不提供地址。</translation>
    </message>
    <message>
        <source>Not in a package yet</source>
        <translation>尚未打包</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <comment>carrier, tracking number</comment>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <source>Carrier unknown</source>
        <translation>物流商未知</translation>
    </message>
    <message>
        <source>No package yet.</source>
        <translation>暂无包裹。</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>物流：%1</translation>
    </message>
    <message>
        <source>The API keeps no history of status changes: these are the order&apos;s own times, its deadlines (in italics while ahead) and the carrier&apos;s scans.</source>
        <translation>API 不保留状态变更历史：此处显示订单自身的时间、各项截止时间（未到期的以斜体显示）以及物流扫描记录。</translation>
    </message>
    <message>
        <source>The carrier&apos;s scans could not be read: %1</source>
        <translation>无法读取物流扫描记录：%1</translation>
    </message>
    <message>
        <source>The carrier has not scanned it yet.</source>
        <translation>物流商尚未扫描。</translation>
    </message>
    <message>
        <source>Offline: the carrier&apos;s scans as read on %1.</source>
        <translation>离线：显示 %1 读取的承运商扫描记录。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderFilterBar</name>
    <message>
        <source>Orders to ship within 24 hours, overdue ones, and those with a cancellation or return request</source>
        <translation>24 小时内须发货、已逾期以及有取消或退货申请的订单</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status tab: name (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs action (%1)</source>
        <translation>待处理 (%1)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderTableModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller shipping</source>
        <translation>卖家自发货</translation>
    </message>
    <message>
        <source>TikTok shipping</source>
        <translation>TikTok 物流</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货截止</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂缓处理</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Awaiting collection</source>
        <translation>待揽收</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>time left to ship</comment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Shipping result</source>
        <translation>发货结果</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrdersPane</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 / %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the orders saved on %1.</source>
        <translation>离线：显示 %1 保存的订单。</translation>
    </message>
    <message>
        <source>Shipping needs the local cache, which could not be opened.</source>
        <translation>发货需要本地缓存，但缓存无法打开。</translation>
    </message>
    <message>
        <source>Shipping stopped</source>
        <translation>发货已停止</translation>
    </message>
    <message>
        <source>The shipments could not be saved</source>
        <translation>无法保存发货任务</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) shipped.</source>
        <translation>
            <numerusform>已发货 %n 个包裹。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the Shipping result column says why.</source>
        <translation>
            <numerusform>%n 个失败，原因见“发货结果”列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet; they stay in Changes → Pending changes.</source>
        <translation>
            <numerusform>%n 个尚未发送，保留在“更改 → 待发送的更改”中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipping finished</source>
        <translation>发货完成</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>重试失败的行</translation>
    </message>
    <message>
        <source>The failed rows could not be sent again</source>
        <translation>无法重新发送失败的行</translation>
    </message>
    <message>
        <source>Shipping labels (PDF)…</source>
        <translation>面单 (PDF)…</translation>
    </message>
    <message>
        <source>Packing slips (PDF)…</source>
        <translation>装箱单 (PDF)…</translation>
    </message>
    <message>
        <source>Pick list (PDF)…</source>
        <translation>拣货单 (PDF)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>Fetching shipping labels…</source>
        <translation>正在获取面单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
    <message>
        <source>Loading all orders…</source>
        <translation>正在加载全部订单…</translation>
    </message>
    <message>
        <source>The orders could not be read from the cache</source>
        <translation>无法从缓存读取订单</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OutboxProcessor</name>
    <message>
        <source>The local cache could not be written (%1). Nothing more was sent.</source>
        <translation>无法写入本地缓存（%1）。其余更改未发送。</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>无法读取待发送队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>Could not check on the server whether %n earlier change(s) went through: %1</source>
        <translation>
            <numerusform>无法向服务器确认之前的 %n 项更改是否已生效：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s); last error: %1</source>
        <translation>
            <numerusform>已尝试 %n 次，放弃发送；最后的错误：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::OutboxTableModel</name>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Check on the server</source>
        <translation>请在服务器上核实</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>包裹 %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Ship with %1</source>
        <translation>使用 %1 发货</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>服务器答复</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新商品</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>商品状态</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <source>Create and list</source>
        <translation>创建并上架</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reject: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Open collaboration at %1</source>
        <translation>公开合作，佣金 %1</translation>
    </message>
    <message>
        <source>Target collaboration</source>
        <translation>定向合作</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PackageTableModel</name>
    <message numerus="yes">
        <source>Stuck: no scan for %n day(s)</source>
        <translation>
            <numerusform>停滞：%n 天无扫描</numerusform>
        </translation>
    </message>
    <message>
        <source>Package ID</source>
        <translation>包裹号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::PackagesWidget</name>
    <message>
        <source>All packages</source>
        <translation>全部包裹</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message numerus="yes">
        <source>Stuck: no scan for %n day(s)</source>
        <translation>
            <numerusform>停滞：%n 天无扫描</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Offline: showing the packages saved on %1.</source>
        <translation>离线：显示 %1 保存的包裹。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 / %n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n 个停滞</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the carrier&apos;s scans as read on %1.</source>
        <translation>离线：显示 %1 读取的承运商扫描记录。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PendingChangesDialog</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <source>Send the selected failed changes again</source>
        <translation>重新发送所选的失败更改</translation>
    </message>
    <message>
        <source>Give up the selected changes; they stay in the change history</source>
        <translation>放弃所选更改；它们仍保留在更改历史中</translation>
    </message>
    <message>
        <source>The list of changes could not be read: %1</source>
        <translation>无法读取更改列表：%1</translation>
    </message>
    <message>
        <source>Every change has been sent.</source>
        <translation>所有更改均已发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not done yet; %1 need you.</source>
        <translation>
            <numerusform>%n 项更改尚未完成；其中 %1 项需要您处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::PeriodSelector</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductCsvActions</name>
    <message>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行 SKU 写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prices and stock</source>
        <translation>导入价格和库存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>Changes from the imported file</source>
        <translation>导入文件中的更改</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Select a product to see its details.</source>
        <translation>选择商品以查看详情。</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Loading the details of “%1”…</source>
        <translation>正在加载“%1”的详情…</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;无描述。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The review refused this listing:</source>
        <translation>此商品未通过审核：</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类目：</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>磅</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>包裹：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>No pictures.</source>
        <translation>没有图片。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductFunnelWidget</name>
    <message>
        <source>Select a product to see its funnel.</source>
        <translation>选择一个商品以查看其转化漏斗。</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>曝光</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>click-through</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>↓ %1 %2</source>
        <comment>funnel step: rate, kind of rate</comment>
        <translation>↓ %2 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>funnel step: name, count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of impressions became orders</source>
        <translation>%1 的曝光转化为订单</translation>
    </message>
    <message>
        <source>No impressions in these days</source>
        <translation>这段时间没有曝光</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductListingActions</name>
    <message>
        <source>Sending the new listing</source>
        <translation>正在发送新商品</translation>
    </message>
    <message>
        <source>“%1” is on its way to the shop.</source>
        <translation>“%1”正在发送到店铺。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>删除 %n 个商品？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting takes %n product(s) out of your shop for good: buyers can no longer find or buy them, their listings with pictures, description and SKUs are removed, and they leave this list.</source>
        <translation>
            <numerusform>删除会将 %n 个商品永久移出店铺：买家将无法找到或购买，商品的图片、描述和 SKU 都会被移除，并从此列表中消失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivating only takes them off sale and keeps everything, so that you can activate them again.</source>
        <translation>下架只会停止销售并保留全部信息，之后可以重新上架。</translation>
    </message>
    <message>
        <source>Deactivate instead</source>
        <translation>改为下架</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>无法保存此更改</translation>
    </message>
    <message>
        <source>The new listing was refused</source>
        <translation>新商品被拒绝</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be changed</source>
        <translation>
            <numerusform>%n 个商品无法更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) activated.</source>
        <translation>
            <numerusform>已上架 %n 个商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) deactivated.</source>
        <translation>
            <numerusform>已下架 %n 个商品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is saved as a draft.</source>
        <translation>“%1”已存为草稿。</translation>
    </message>
    <message>
        <source>“%1” was created and is waiting for the platform&apos;s review.</source>
        <translation>“%1”已创建，正在等待平台审核。</translation>
    </message>
    <message>
        <source>“%1” was created: %2.</source>
        <translation>“%1”已创建：%2。</translation>
    </message>
    <message>
        <source>Listing created</source>
        <translation>商品已创建</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductPerformanceTableModel</name>
    <message>
        <source>Product ID: %1</source>
        <translation>商品 ID：%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>CTR</source>
        <comment>click-through rate</comment>
        <translation>点击率</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductTableModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>price range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>卖家 SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Failed review</source>
        <translation>审核未通过</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>product status</comment>
        <translation>在售</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Deactivated by platform</source>
        <translation>被平台下架</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductViewsMenu</name>
    <message>
        <source>Save current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view (the search text and filters are saved):</source>
        <translation>视图名称（将保存搜索文字和筛选条件）：</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductsPane</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 / %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the products saved on %1.</source>
        <translation>离线：显示 %1 保存的商品。</translation>
    </message>
    <message>
        <source>Editing needs the local cache, which could not be opened.</source>
        <translation>编辑需要本地缓存，但缓存无法打开。</translation>
    </message>
    <message>
        <source>This change was not sent</source>
        <translation>此更改未发送</translation>
    </message>
    <message>
        <source>Changes could not be sent</source>
        <translation>更改无法发送</translation>
    </message>
    <message>
        <source>SKUs of “%1”</source>
        <translation>“%1”的 SKU</translation>
    </message>
    <message>
        <source>No products selected</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Select the products to edit in the table first.</source>
        <translation>请先在表格中选择要编辑的商品。</translation>
    </message>
    <message>
        <source>Changes could not be saved</source>
        <translation>更改无法保存</translation>
    </message>
    <message>
        <source>The bulk edit cannot be undone</source>
        <translation>无法撤销此次批量编辑</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved; %1 failed — select the product to see why.</source>
        <translation>
            <numerusform>已保存 %n 项更改；%1 项失败——选择商品查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit finished</source>
        <translation>批量编辑已完成</translation>
    </message>
    <message>
        <source>Undo this bulk edit</source>
        <translation>撤销此次批量编辑</translation>
    </message>
    <message>
        <source>Bulk edit undone</source>
        <translation>已撤销批量编辑</translation>
    </message>
    <message>
        <source>Bulk edit the selected products</source>
        <translation>批量编辑所选商品</translation>
    </message>
    <message>
        <source>Low stock (≤ %L1)</source>
        <translation>低库存（≤ %L1）</translation>
    </message>
</context>
<context>
    <name>ShopDesk::RejectReasonDialog</name>
    <message>
        <source>Reject requests</source>
        <translation>拒绝申请</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s). The buyer sees the reason and your note.</source>
        <translation>
            <numerusform>拒绝 %n 个申请。买家会看到原因和您的备注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional note for the buyer</source>
        <translation>给买家的备注（可选）</translation>
    </message>
    <message>
        <source>Loading the reasons…</source>
        <translation>正在加载原因…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>The shop offers no reason to reject this request.</source>
        <translation>店铺未提供拒绝此申请的原因。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source> units</source>
        <comment>of stock, after a number</comment>
        <translation> 件</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShipDialog</name>
    <message>
        <source>Loading the packages…</source>
        <translation>正在加载包裹…</translation>
    </message>
    <message numerus="yes">
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>为 %n 个订单发货</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier picks up</source>
        <translation>物流商上门揽收</translation>
    </message>
    <message>
        <source>I drop off at the carrier</source>
        <translation>自行送至物流网点</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>物流商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Cannot be shipped because</source>
        <translation>无法发货的原因</translation>
    </message>
    <message>
        <source>Paste tracking numbers</source>
        <translation>粘贴运单号</translation>
    </message>
    <message>
        <source>One per line, in the order of the seller-shipped rows</source>
        <translation>每行一个，按商家自发货行的顺序</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>A file with order_id and tracking_number columns (carrier optional)</source>
        <translation>包含 order_id 和 tracking_number 列的文件（物流商列可选）</translation>
    </message>
    <message>
        <source>TikTok Shop shipping:</source>
        <translation>TikTok Shop 物流：</translation>
    </message>
    <message>
        <source>Seller shipping carrier:</source>
        <translation>商家自发货物流商：</translation>
    </message>
    <message>
        <source>Loading the packages… %1 of %2</source>
        <translation>正在加载包裹… %1 / %2</translation>
    </message>
    <message>
        <source>The packages could not be loaded: %1</source>
        <translation>无法加载包裹：%1</translation>
    </message>
    <message numerus="yes">
        <source>Loading the delivery options… %n left</source>
        <translation>
            <numerusform>正在加载配送方式… 剩余 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a carrier…</source>
        <translation>选择物流商…</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) ready to ship.</source>
        <translation>
            <numerusform>%n 个包裹可以发货。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) ready to ship; %1 cannot be shipped and will be left out.</source>
        <translation>
            <numerusform>%n 个包裹可以发货；%1 个无法发货，将被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ship %n package(s)</source>
        <translation>
            <numerusform>发货 %n 个包裹</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Import tracking numbers</source>
        <translation>导入运单号</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Some lines were not used</source>
        <translation>部分行未被使用</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShipmentsPane</name>
    <message>
        <source>Packages</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Returns and cancellations</source>
        <translation>退货与取消</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>物流</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShopWindowHost</name>
    <message>
        <source>Sign out of %1?</source>
        <translation>退出 %1？</translation>
    </message>
    <message>
        <source>ShopDesk deletes this shop&apos;s access from the system keychain and removes the shop from the Shop menu. Connect it again to come back.</source>
        <translation>ShopDesk 将从系统钥匙串中删除此店铺的访问凭据，并将其从“店铺”菜单中移除。如需再次使用，请重新连接。</translation>
    </message>
    <message>
        <source>Demo shop: %1</source>
        <translation>演示店铺：%1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShopsAttentionModel</name>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货期限</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShortcutsDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sync with TikTok Shop</source>
        <translation>与 TikTok Shop 同步</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SkuTableModel</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation>商家 SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock – warehouse %1</source>
        <translation>库存 – 仓库 %1</translation>
    </message>
    <message>
        <source>Total stock</source>
        <translation>总库存</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation>“%1”不是有效的 %2 价格。</translation>
    </message>
    <message>
        <source>Stock must be a whole number, not “%1”.</source>
        <translation>库存必须是整数，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::TableExportAction</name>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ShopDesk::TargetCollaborationDialog</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>creator: nickname (@username)</comment>
        <translation>%1（@%2）</translation>
    </message>
    <message>
        <source>Choose a product from the list, then add it.</source>
        <translation>请先从列表中选择商品，再点添加。</translation>
    </message>
    <message>
        <source>%1 of at most %2 selected</source>
        <translation>已选 %1 位，最多 %2 位</translation>
    </message>
    <message>
        <source>Give the collaboration a name.</source>
        <translation>请为合作命名。</translation>
    </message>
    <message>
        <source>Choose an end time in the future.</source>
        <translation>请选择一个将来的结束时间。</translation>
    </message>
    <message>
        <source>Add at least one product with its commission.</source>
        <translation>请至少添加一件商品及其佣金。</translation>
    </message>
    <message>
        <source>A target collaboration holds at most %1 products; remove %2.</source>
        <translation>定向合作最多包含 %1 件商品，请移除 %2 件。</translation>
    </message>
    <message>
        <source>Each commission must be between 1.00 % and 80.00 %.</source>
        <translation>每项佣金须在 1.00% 至 80.00% 之间。</translation>
    </message>
    <message>
        <source>Tick at least one creator to invite.</source>
        <translation>请至少勾选一位要邀请的达人。</translation>
    </message>
    <message>
        <source>You can invite at most %1 creators at once; %2 are ticked.</source>
        <translation>一次最多邀请 %1 位达人，当前已勾选 %2 位。</translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters, it has %2.</source>
        <translation>留言过长：最多 %1 个字符，当前 %2 个。</translation>
    </message>
</context>
<context>
    <name>ShopDesk::TargetCollaborationTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <source>Creators invited</source>
        <translation>已邀请达人</translation>
    </message>
    <message>
        <source>Free samples</source>
        <translation>免费样品</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ends within 7 days</source>
        <translation>7 天内结束</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes, without review</source>
        <translation>是，免审核</translation>
    </message>
    <message>
        <source>Yes, after review</source>
        <translation>是，需审核</translation>
    </message>
</context>
<context>
    <name>ShopDesk::TrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Select a package to see its carrier scans.</source>
        <translation>选择一个包裹以查看物流扫描记录。</translation>
    </message>
    <message>
        <source>Package %1 · %2</source>
        <translation>包裹 %1 · %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Carrier: %1
Tracking number: %2
Orders: %3</source>
        <translation>物流商：%1
运单号：%2
订单：%3</translation>
    </message>
    <message numerus="yes">
        <source>No carrier scan for %n day(s). The parcel may be held up or lost: check with the carrier.</source>
        <translation>
            <numerusform>已 %n 天无物流扫描。包裹可能滞留或丢失，请联系物流商核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the carrier scans…</source>
        <translation>正在加载物流扫描记录…</translation>
    </message>
    <message>
        <source>No carrier scans yet: the parcel has not been handed over.</source>
        <translation>暂无物流扫描：包裹尚未交给物流商。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>TargetCollaborationDialog</name>
    <message>
        <source>New target collaboration</source>
        <translation>新建定向合作</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Holiday gift guide</source>
        <translation>例如：节日礼物指南</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Products and their commission</source>
        <translation>商品及佣金</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>佣金：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <source>Creators to invite</source>
        <translation>邀请的达人</translation>
    </message>
    <message>
        <source>From the creator search; load more there to see more.</source>
        <translation>来自达人搜索结果；在搜索中加载更多可看到更多达人。</translation>
    </message>
    <message>
        <source>Offer free samples</source>
        <translation>提供免费样品</translation>
    </message>
    <message>
        <source>Approve sample requests without review</source>
        <translation>样品申请免审核通过</translation>
    </message>
    <message>
        <source>&amp;Message to the creators:</source>
        <translation>给达人的留言(&amp;M)：</translation>
    </message>
</context>
</TS>
