<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AffiliateOrdersWidget</name>
    <message>
        <source>Filter by creator, product, order ID or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading affiliate orders… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftersalesWidget</name>
    <message>
        <source>Show these requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search request or order IDs, or a reason (paste a list to match several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected requests with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requests shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the returns and cancellations again from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily figures, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products, CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsPane</name>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the shop&apos;s time zone, up to yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as a picture or the figures as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the figures again from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top products by GMV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheOpener</name>
    <message>
        <source>The local cache is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk could not read its copy of this shop&apos;s data (%1).

Rebuild it from the shop? Nothing is lost on TikTok Shop; the damaged file is kept next to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working without the offline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

ShopDesk works from the server only: nothing is shown offline, and prices, stock and shipments cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollaborationsWidget</name>
    <message>
        <source>New open collaboration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a product to every creator at a public commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target collaboration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite chosen creators to chosen products at their own commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open collaborations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target collaborations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorSearchWidget</name>
    <message>
        <source>Username or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV (30 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the selected creators to a new target collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvShipment</name>
    <message>
        <source>the file needs a package_id or an order_id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a package id nor an order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seller-shipped package needs a tracking number (8 to 40 letters, digits or dashes) and a shipping_provider_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover must be PICKUP or DROP_OFF, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Your sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk could not renew access to the shop. Try again; if it keeps happening, sign in to the shop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs to be authorized again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop no longer accepts ShopDesk&apos;s access for this shop. Authorize the shop again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is missing a permission for this shop. Add the permission in Partner Center, then authorize the shop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not part of the selected shop. Switch to the right shop and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the app secret is right and that this computer&apos;s clock is set correctly, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop asked ShopDesk to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop is having trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not answer right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach TikTok Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection, then try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop took too long to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may be slow. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from TikTok Shop could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Try again; if it keeps happening, report it with the details below. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest were done. Each failed row shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s keys are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain no longer holds this shop&apos;s access. Connect the shop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk keeps shop access only in the system keychain. Start GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the login keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow ShopDesk to use the keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be waiting to be unlocked. Unlock the login keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk could not save to its offline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost on TikTok Shop. Free some disk space or make the data folder writable, then try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingRules</name>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; pictures may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be from %4 to %5 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a description: a listing needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has subcategories; choose one of them (products go into the last level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pictures are chosen; a listing may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; in this market it needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must not contain Chinese characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one SKU with a price and stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listing may have at most %1 SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a seller SKU may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this seller SKU is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give its stock in at least one warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stock must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an option may have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: several SKUs need an option (such as a colour) each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another SKU has the same option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the package weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package length, width and height must be whole numbers above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePane</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the LIVE sessions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent yet, failed, or to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out of this shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this shop and delete its access from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCollaborationDialog</name>
    <message>
        <source>New open collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every creator can promote the product and earn this commission on each sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.00 % to 80.00 %, with up to two decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderAttention</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between reasons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should have shipped by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship it by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer asked to cancel it; answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer asked to cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer asked for a return or refund; answer it under Shipments → Returns and cancellations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-by time passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier to collect by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the cancellation request by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: cancel reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <comment>order status now</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <source>Search order IDs, tracking numbers, seller SKUs or product names (paste a list to match several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the orders again from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship the selected orders, or every order shown when none is selected (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages not sent yet stay in the list of pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping labels, packing slips and a pick list for the selected orders, as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagesWidget</name>
    <message>
        <source>Show packages in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tracking numbers, order or package IDs, carriers (paste a list to match several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packages shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the packages again from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading packages… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingSlipWriter</name>
    <message>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 — %3 %4 (%n order(s))</source>
        <translation>
            <numerusform>%1 × %2 — %3 %4 (%n order)</numerusform>
            <numerusform>%1 × %2 — %3 %4 (%n orders)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformanceKpis</name>
    <message>
        <source>%1 pp</source>
        <comment>percentage points</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCsv</name>
    <message>
        <source>stock and stock@%1 give different quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKU is stocked in %1 warehouses; give its stock in the stock@&lt;warehouse&gt; columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKU is not stocked in warehouse %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a seller_sku column and a price, stock or stock@&lt;warehouse&gt; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seller SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate row: this seller SKU is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown seller SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) of the shop have this seller SKU; change them one by one.</source>
        <translation>
            <numerusform>%n SKU of the shop have this seller SKU; change them one by one.</numerusform>
            <numerusform>%n SKUs of the shop have this seller SKU; change them one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditPlanner</name>
    <message>
        <source>The price must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKU is not stocked in that warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <source>Search title, seller SKU or product ID (paste a list to match several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show products with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the price or stock of every SKU of the selected products (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the products again from the shop (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading products… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes… %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent yet stay in the list of pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see and edit its SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a price or stock figure to change it; Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a product with pictures, SKUs, prices and stock (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected products on sale (drafts go to review first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected products off sale; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected products from the shop, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read price and stock updates by seller SKU from a CSV file; you see a report and a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the products shown, one row per SKU, as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only products with a SKU at or below the low-stock threshold (set in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search and filters as a view, or open a saved view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often orders are fetched from TikTok Shop while ShopDesk is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment is s&amp;tuck after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments without a new tracking event for this long are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;w stock at or below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for order webhooks on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache of every shop is kept here. Secrets never are: they stay in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipPlan</name>
    <message>
        <source>Fulfilled by TikTok: its warehouse ships this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package of this order is waiting to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders awaiting shipment can be shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs an order_id column and a tracking_number column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: order %2 is not among the orders being shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: order %2 ships with TikTok Shop&apos;s carrier and needs no tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: carrier “%2” is not offered for these orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered for this order&apos;s delivery option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number %1 is given to more than one package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliateOrderTableModel</name>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>commission rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <comment>commission on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deducted</source>
        <comment>commission taken back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliateOrdersWidget</name>
    <message numerus="yes">
        <source>%n line(s), est. commission %1</source>
        <translation>
            <numerusform>%n line, est. commission %1</numerusform>
            <numerusform>%n lines, est. commission %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::AffiliatesPane</name>
    <message>
        <source>Creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open collaboration for “%1” at %2 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target collaboration “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator and product pair(s) were already in another target collaboration.</source>
        <translation>
            <numerusform>%n creator and product pair were already in another target collaboration.</numerusform>
            <numerusform>%n creator and product pairs were already in another target collaboration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating collaborations needs the local cache, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be stored for sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collaboration was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Changes → Pending changes to retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing what was saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::AftersaleTableModel</name>
    <message>
        <source>Awaiting your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer to send it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel on its way back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned parcel rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::AftersalesWidget</name>
    <message>
        <source>Decisions need the local cache, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the requests saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected requests waits for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject one kind at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns, received parcels and cancellations take different reasons: select one kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) sent.</source>
        <translation>
            <numerusform>%n decision sent.</numerusform>
            <numerusform>%n decisions sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) sent; %1 failed — the “Your decision” column says why.</source>
        <translation>
            <numerusform>%n decision sent; %1 failed — the “Your decision” column says why.</numerusform>
            <numerusform>%n decisions sent; %1 failed — the “Your decision” column says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation>
            <numerusform>%n waiting for you</numerusform>
            <numerusform>%n waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::AllShopsDialog</name>
    <message>
        <source>All shops: orders needing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the window to the shop of the selected order (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each shop&apos;s offline copy, as of its last sync. Open a shop to sync it and act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its offline copy could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not synced on this computer yet; open it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) need action (synced %2).</source>
        <translation>
            <numerusform>%1: %n order need action (synced %2).</numerusform>
            <numerusform>%1: %n orders need action (synced %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading each shop&apos;s offline copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::AnalyticsPane</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing cached data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures shown were saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop publishes analytics with a delay; later days are not shown until their figures arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product sold in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the funnel of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n product(s)</source>
        <translation>
            <numerusform>Bulk edit %n product</numerusform>
            <numerusform>Bulk edit %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Set price to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or lower price by an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise or lower price by percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stock in every warehouse to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to or take from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be sent because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change.</source>
        <translation>
            <numerusform>%n SKU will change.</numerusform>
            <numerusform>%n SKUs will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change; %1 cannot and will be left as they are.</source>
        <translation>
            <numerusform>%n SKU will change; %1 cannot and will be left as they are.</numerusform>
            <numerusform>%n SKUs will change; %1 cannot and will be left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s)</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CategoryPicker</name>
    <message>
        <source>Search categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category of the last level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has subcategories: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ChangeHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The change history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CollaborationsWidget</name>
    <message>
        <source>%1 open, %2 target</source>
        <comment>collaboration counts</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ConnectShopWizard</name>
    <message>
        <source>Your TikTok Shop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from your app&apos;s page in TikTok Shop Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (all markets but the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller &amp;Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret is kept in the system keychain, never in ShopDesk&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize ShopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the seller in your browser and approve ShopDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the authorization page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open the authorization page and approve ShopDesk for your shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The browser then shows an address with “code=” in it. Copy that whole address and paste it here (the code is valid for 30 minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization was declined. Open the page again and approve ShopDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address holds no code for this attempt. Open the authorization page again and paste the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk adds each checked shop; switch between them with Ctrl+1…9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the shops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seller authorized no shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the shops&apos; access in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreateListingDialog</name>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What buyers see first: brand, product, key feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the product. Leave a blank line between paragraphs; start a line with “- ” for a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (the first is the cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs, prices and stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg and cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb and in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length × width × height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading picture %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing could not be saved for sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before this listing can be sent:</source>
        <translation>
            <numerusform>%n thing to fix before this listing can be sent:</numerusform>
            <numerusform>%n things to fix before this listing can be sent:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be uploaded: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorGmvChart</name>
    <message>
        <source>No affiliate sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top creators by GMV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorSearchWidget</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) shown, more available</source>
        <translation>
            <numerusform>%n creator shown, more available</numerusform>
            <numerusform>%n creators shown, more available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s)</source>
        <translation>
            <numerusform>%n creator</numerusform>
            <numerusform>%n creators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorStatsTableModel</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual commission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorStatsWidget</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affiliate orders could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s), GMV %1</source>
        <translation>
            <numerusform>%n creator, GMV %1</numerusform>
            <numerusform>%n creators, GMV %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CreatorTableModel</name>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>creator: nickname (@username)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty &amp; Personal Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchenware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones &amp; Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports &amp; Outdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Womenswear &amp; Underwear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toys &amp; Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::CsvImportReportDialog</name>
    <message>
        <source>Import prices and stock from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) will change.</source>
        <translation>
            <numerusform>%n SKU will change.</numerusform>
            <numerusform>%n SKUs will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and will not be sent:</source>
        <translation>
            <numerusform>%n row have a problem and will not be sent:</numerusform>
            <numerusform>%n rows have a problem and will not be sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n row(s) already match the shop.)</source>
        <translation>
            <numerusform>(%n row already match the shop.)</numerusform>
            <numerusform>(%n rows already match the shop.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview %n change(s)…</source>
        <translation>
            <numerusform>Preview %n change…</numerusform>
            <numerusform>Preview %n changes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::GmvBreakdownChartView</name>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of the chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV by source, per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV by source, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE: %1</source>
        <comment>GMV from TikTok LIVE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::GmvTrendChartView</name>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of the chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for these days yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per day (data up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::KpiTileGrid</name>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross merchandise value of the orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items sold across all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who placed an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV divided by orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money refunded to buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds as a share of GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the shop&apos;s products were shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of product pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers of the shop&apos;s LIVE sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::KpiTileWidget</name>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingAttributesForm</name>
    <message>
        <source>Choose a category to see its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>required attribute</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category has no attributes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingImagesWidget</name>
    <message>
        <source>Add pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListingSkuEditor</name>
    <message>
        <source>Add SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (one SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs vary by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a price in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::LivePane</name>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the sessions saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::LiveSessionDetail</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different products sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-order rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average concurrent viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak concurrent viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average viewing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product click-through rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a LIVE session to see its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 · on air since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok Shop has no per-LIVE product figures; these are the shop&apos;s best sellers over the session&apos;s days (%1), from shop analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product figures for these days yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::LiveSessionTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTR</source>
        <comment>click-through rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On air</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::MainWindow</name>
    <message>
        <source>Demo shop: %1 (built-in sandbox, nothing is sent to TikTok Shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk – %1 (Demo shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopDesk %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for TikTok Shop sellers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pending changes (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need attention</source>
        <translation>
            <numerusform>%n change need attention</numerusform>
            <numerusform>%n changes need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) being sent</source>
        <translation>
            <numerusform>%n change being sent</numerusform>
            <numerusform>%n changes being sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All shops: orders needing action…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::Notifier</name>
    <message numerus="yes">
        <source>%n order(s) to ship</source>
        <translation>
            <numerusform>%n order to ship</numerusform>
            <numerusform>%n orders to ship</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since the last sync.</source>
        <translation>
            <numerusform>%n new since the last sync.</numerusform>
            <numerusform>%n new since the last sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship them from the Orders tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) must ship within %1 hours</source>
        <translation>
            <numerusform>%n order must ship within %1 hours</numerusform>
            <numerusform>%n orders must ship within %1 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The first must ship %1, or TikTok Shop may penalize the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE ended: GMV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” by @%2: %3 SKU orders, %4 viewers, peak %5 watching at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n return request(s) to answer</source>
        <translation>
            <numerusform>%n return request to answer</numerusform>
            <numerusform>%n return requests to answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1: %2. Approve or reject it in Shipments → Returns and cancellations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OfflineFillLabel</name>
    <message>
        <source>Saving for offline use: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collaborations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliate orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OpenCollaborationDialog</name>
    <message>
        <source>The shop has no active product to offer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a commission between 1.00 % and 80.00 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OpenCollaborationTableModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In showcases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <comment>open collaboration removed, still running until its end time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDateFilter</name>
    <message>
        <source>Show the orders created in this time, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDetailPanel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its items, payment, address, packages and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the carrier&apos;s scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier scans before the order ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · needs action: %2</source>
        <comment>status · reasons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal (after discounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address yet: the API leaves it out while an order is unpaid or on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a package yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <comment>carrier, tracking number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keeps no history of status changes: these are the order&apos;s own times, its deadlines (in italics while ahead) and the carrier&apos;s scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s scans could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier has not scanned it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the carrier&apos;s scans as read on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderFilterBar</name>
    <message>
        <source>Orders to ship within 24 hours, overdue ones, and those with a cancellation or return request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status tab: name (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderTableModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>time left to ship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrdersPane</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%1 of %n order</numerusform>
            <numerusform>%1 of %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the orders saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping needs the local cache, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipments could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) shipped.</source>
        <translation>
            <numerusform>%n package shipped.</numerusform>
            <numerusform>%n packages shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; the Shipping result column says why.</source>
        <translation>
            <numerusform>%n failed; the Shipping result column says why.</numerusform>
            <numerusform>%n failed; the Shipping result column says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet; they stay in Changes → Pending changes.</source>
        <translation>
            <numerusform>%n not sent yet; they stay in Changes → Pending changes.</numerusform>
            <numerusform>%n not sent yet; they stay in Changes → Pending changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipping finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows could not be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping labels (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing slips (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching shipping labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders could not be read from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::OutboxProcessor</name>
    <message>
        <source>The local cache could not be written (%1). Nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not check on the server whether %n earlier change(s) went through: %1</source>
        <translation>
            <numerusform>Could not check on the server whether %n earlier change went through: %1</numerusform>
            <numerusform>Could not check on the server whether %n earlier changes went through: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s); last error: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt; last error: %1</numerusform>
            <numerusform>Gave up after %n attempts; last error: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::OutboxTableModel</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open collaboration at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target collaboration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::PackageTableModel</name>
    <message numerus="yes">
        <source>Stuck: no scan for %n day(s)</source>
        <translation>
            <numerusform>Stuck: no scan for %n day</numerusform>
            <numerusform>Stuck: no scan for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Package ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::PackagesWidget</name>
    <message>
        <source>All packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stuck: no scan for %n day(s)</source>
        <translation>
            <numerusform>Stuck: no scan for %n day</numerusform>
            <numerusform>Stuck: no scan for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the packages saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 of %n package</numerusform>
            <numerusform>%1 of %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the carrier&apos;s scans as read on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::PendingChangesDialog</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected failed changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the selected changes; they stay in the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not done yet; %1 need you.</source>
        <translation>
            <numerusform>%n change not done yet; %1 need you.</numerusform>
            <numerusform>%n changes not done yet; %1 need you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::PeriodSelector</name>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductCsvActions</name>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU row(s) written to %1.</source>
        <translation>
            <numerusform>%n SKU row written to %1.</numerusform>
            <numerusform>%n SKU rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import prices and stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the imported file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductDetailPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a product to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the details of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review refused this listing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductFunnelWidget</name>
    <message>
        <source>Select a product to see its funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1 %2</source>
        <comment>funnel step: rate, kind of rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>funnel step: name, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of impressions became orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impressions in these days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductListingActions</name>
    <message>
        <source>Sending the new listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on its way to the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Delete %n product?</numerusform>
            <numerusform>Delete %n products?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting takes %n product(s) out of your shop for good: buyers can no longer find or buy them, their listings with pictures, description and SKUs are removed, and they leave this list.</source>
        <translation>
            <numerusform>Deleting takes %n product out of your shop for good: buyers can no longer find or buy them, their listings with pictures, description and SKUs are removed, and they leave this list.</numerusform>
            <numerusform>Deleting takes %n products out of your shop for good: buyers can no longer find or buy them, their listings with pictures, description and SKUs are removed, and they leave this list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivating only takes them off sale and keeps everything, so that you can activate them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new listing was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be changed</source>
        <translation>
            <numerusform>%n product could not be changed</numerusform>
            <numerusform>%n products could not be changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) activated.</source>
        <translation>
            <numerusform>%n product activated.</numerusform>
            <numerusform>%n products activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) deactivated.</source>
        <translation>
            <numerusform>%n product deactivated.</numerusform>
            <numerusform>%n products deactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) deleted.</source>
        <translation>
            <numerusform>%n product deleted.</numerusform>
            <numerusform>%n products deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created and is waiting for the platform&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductPerformanceTableModel</name>
    <message>
        <source>Product ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTR</source>
        <comment>click-through rate</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductTableModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>price range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>product status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductViewsMenu</name>
    <message>
        <source>Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view (the search text and filters are saved):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductsPane</name>
    <message>
        <source>Editing needs the local cache, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the products saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 of %n product</numerusform>
            <numerusform>%1 of %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>SKUs of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the products to edit in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk edit cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n change saved.</numerusform>
            <numerusform>%n changes saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved; %1 failed — select the product to see why.</source>
        <translation>
            <numerusform>%n change saved; %1 failed — select the product to see why.</numerusform>
            <numerusform>%n changes saved; %1 failed — select the product to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit the selected products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock (≤ %L1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::RejectReasonDialog</name>
    <message>
        <source>Reject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s). The buyer sees the reason and your note.</source>
        <translation>
            <numerusform>Reject %n request. The buyer sees the reason and your note.</numerusform>
            <numerusform>Reject %n requests. The buyer sees the reason and your note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional note for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop offers no reason to reject this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> units</source>
        <comment>of stock, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShipDialog</name>
    <message>
        <source>Loading the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ship %n order(s)</source>
        <translation>
            <numerusform>Ship %n order</numerusform>
            <numerusform>Ship %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I drop off at the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shipped because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste tracking numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, in the order of the seller-shipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with order_id and tracking_number columns (carrier optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop shipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller shipping carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the packages… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading the delivery options… %n left</source>
        <translation>
            <numerusform>Loading the delivery options… %n left</numerusform>
            <numerusform>Loading the delivery options… %n left</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a carrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) ready to ship.</source>
        <translation>
            <numerusform>%n package ready to ship.</numerusform>
            <numerusform>%n packages ready to ship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) ready to ship; %1 cannot be shipped and will be left out.</source>
        <translation>
            <numerusform>%n package ready to ship; %1 cannot be shipped and will be left out.</numerusform>
            <numerusform>%n packages ready to ship; %1 cannot be shipped and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ship %n package(s)</source>
        <translation>
            <numerusform>Ship %n package</numerusform>
            <numerusform>Ship %n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tracking numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines were not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShipmentsPane</name>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShopWindowHost</name>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopDesk deletes this shop&apos;s access from the system keychain and removes the shop from the Shop menu. Connect it again to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShopsAttentionModel</name>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShortcutsDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with TikTok Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::SkuTableModel</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock – warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a price in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock must be a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::TableExportAction</name>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::TargetCollaborationDialog</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <comment>creator: nickname (@username)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product from the list, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collaboration a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an end time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one product with its commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target collaboration holds at most %1 products; remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each commission must be between 1.00 % and 80.00 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one creator to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can invite at most %1 creators at once; %2 are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long: at most %1 characters, it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::TargetCollaborationTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, after review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDesk::TrackingPanel</name>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a package to see its carrier scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1
Tracking number: %2
Orders: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No carrier scan for %n day(s). The parcel may be held up or lost: check with the carrier.</source>
        <translation>
            <numerusform>No carrier scan for %n day. The parcel may be held up or lost: check with the carrier.</numerusform>
            <numerusform>No carrier scan for %n days. The parcel may be held up or lost: check with the carrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the carrier scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier scans yet: the parcel has not been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetCollaborationDialog</name>
    <message>
        <source>New target collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Holiday gift guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and their commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the creator search; load more there to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer free samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve sample requests without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to the creators:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
