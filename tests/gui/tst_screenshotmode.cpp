#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Mean lightness of a sample of the image's pixels, 0 (black) to 255 (white).
int meanLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : 0;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

/// The real shopdesk program in screenshot mode, as packaging/dev.sh runs it: one non-blank picture
/// per pane and main dialog, in both languages and both themes.
class TestScreenshotMode final : public QObject
{
    Q_OBJECT

private slots:
    void savesEveryPaneAndDialog_data();
    void savesEveryPaneAndDialog();
};

void TestScreenshotMode::savesEveryPaneAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::newRow("English, light") << u"en"_s << u"light"_s;
    QTest::newRow("English, dark") << u"en"_s << u"dark"_s;
    QTest::newRow("Chinese, light") << u"zh_CN"_s << u"light"_s;
    QTest::newRow("Chinese, dark") << u"zh_CN"_s << u"dark"_s;
}

void TestScreenshotMode::savesEveryPaneAndDialog()
{
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString shots = home.filePath(u"shots"_s);

    // A home of its own: the run must not read or write the developer's settings and cache.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(SHOPDESK_APP),
        {u"--demo"_s, u"--lang"_s, language, u"--theme"_s, theme, u"--screenshot-dir"_s, shots});
    QVERIFY2(app.waitForFinished(100000), "screenshot mode did not finish");
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAll().constData());

    const bool dark = theme == u"dark";
    const QStringList pictures{u"products"_s, u"orders"_s, u"shipments"_s, u"affiliates"_s, u"live"_s, u"analytics"_s,
        u"dialog-settings"_s, u"dialog-connect"_s, u"dialog-shortcuts"_s};
    for (const QString &name : pictures) {
        const QImage image(QDir(shots).filePath(name + u".png"_s));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 400 && image.height() >= 300, qPrintable(name));
        QVERIFY2(distinctColours(image) > 8, qPrintable(name + u" is blank"_s));
        // The theme reached every window: dark pictures are dark, light ones light.
        const int lightness = meanLightness(image);
        QVERIFY2(dark ? lightness < 110 : lightness > 150, qPrintable(u"%1: lightness %2"_s.arg(name).arg(lightness)));
    }
    const QImage products(QDir(shots).filePath(u"products.png"_s));
    QCOMPARE(products.size(), QSize(1280, 800));
}

QTEST_GUILESS_MAIN(TestScreenshotMode)
#include "tst_screenshotmode.moc"
