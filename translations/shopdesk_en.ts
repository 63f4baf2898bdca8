<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ShopDesk::MainWindow</name>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages will be listed here with their carrier, tracking number and latest tracking event, with stuck shipments highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creators, open and target collaborations, and the orders they bring in will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <comment>TikTok LIVE sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE sessions will be listed here with GMV, orders, viewers and peak concurrent viewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV and performance charts for the shop, its products and LIVE sessions will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ShopDesk::MessageBanner</name>
    <message>
        <source>Dismiss</source>
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
</context>
<context>
    <name>ShopDesk::OrdersPane</name>
    <message>
        <source>Orders</source>
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
    <name>ShopDesk::PlaceholderPane</name>
    <message>
        <source>%1 – not available yet</source>
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
</context>
<context>
    <name>ShopDesk::SkuTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
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
</TS>
