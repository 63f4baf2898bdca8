#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "store/cachedatabase.h"
#include "store/cachewriter.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A job that inserts one row into `notes` and says on which thread it ran.
CacheWriter::Job insertNote(int number, QThread **ranOn = nullptr)
{
    return [number, ranOn](CacheDatabase &cache) -> std::optional<Error> {
        if (ranOn)
            *ranOn = QThread::currentThread();
        QSqlQuery insert(cache.database());
        insert.prepare(u"INSERT INTO notes (n) VALUES (?)"_s);
        insert.addBindValue(number);
        if (!insert.exec())
            return Error{insert.lastError().text(), u"notes"_s};
        return std::nullopt;
    };
}

QList<int> notes(CacheDatabase &cache)
{
    QList<int> numbers;
    QSqlQuery query(cache.database());
    query.exec(u"SELECT n FROM notes ORDER BY rowid"_s);
    while (query.next())
        numbers.append(query.value(0).toInt());
    return numbers;
}

} // namespace

/// The cache's writer: its own thread and connection, jobs and answers in order, errors said, the
/// cache's shared settings kept, nothing given to it lost when it goes.
class TestCacheWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesInOrderOnItsOwnThread();
    void saysWhatFailedAndGoesOn();
    void keepsTheSettingsOfEveryConnection();
    void finishesWhatItWasGivenWhenDestroyed();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<CacheDatabase> m_cache;
};

void TestCacheWriter::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_cache = CacheDatabase::open(m_folder->filePath(u"cache.sqlite"_s)).value();
    QSqlQuery create(m_cache->database());
    QVERIFY(create.exec(u"CREATE TABLE notes (n INTEGER NOT NULL)"_s));
}

void TestCacheWriter::cleanup()
{
    m_cache.reset();
    m_folder.reset();
}

void TestCacheWriter::writesInOrderOnItsOwnThread()
{
    CacheWriter writer(*m_cache);
    QThread *ranOn = nullptr;
    QList<int> answered;
    for (int i = 0; i < 20; ++i) {
        writer.write(insertNote(i, i == 0 ? &ranOn : nullptr), [i, &answered](const std::optional<Error> &error) {
            QVERIFY(!error);
            answered.append(i);
        });
    }
    bool written = false;
    writer.whenWritten([&written] { written = true; });
    QTRY_VERIFY(written);
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected.append(i);
    QCOMPARE(answered, expected); // every answer came before whenWritten's
    QCOMPARE(notes(*m_cache), expected); // committed, so the main connection sees them
    QVERIFY(ranOn != nullptr && ranOn != QThread::currentThread());
}

void TestCacheWriter::saysWhatFailedAndGoesOn()
{
    CacheWriter writer(*m_cache);
    std::optional<Error> failure;
    writer.write(
        [](CacheDatabase &cache) -> std::optional<Error> {
            QSqlQuery insert(cache.database());
            if (!insert.exec(u"INSERT INTO no_such_table VALUES (1)"_s))
                return Error{insert.lastError().text(), u"no_such_table"_s};
            return std::nullopt;
        },
        [&failure](const std::optional<Error> &error) { failure = error; });
    bool secondOk = false;
    writer.write(insertNote(7), [&secondOk](const std::optional<Error> &error) { secondOk = !error; });
    QTRY_VERIFY(secondOk);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(u"no_such_table"_s), qPrintable(failure->toString()));
    QCOMPARE(notes(*m_cache), QList<int>{7});
}

void TestCacheWriter::keepsTheSettingsOfEveryConnection()
{
    QVERIFY(!m_cache->applyToEveryConnection(u"query_only"_s, u"ON"_s));
    {
        CacheWriter writer(*m_cache);
        std::optional<Error> failure;
        bool answered = false;
        writer.write(insertNote(1), [&](const std::optional<Error> &error) {
            failure = error;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(u"readonly"_s, Qt::CaseInsensitive), qPrintable(failure->toString()));
    }
    QVERIFY(!m_cache->applyToEveryConnection(u"query_only"_s, u"OFF"_s));
    CacheWriter writer(*m_cache);
    bool ok = false;
    writer.write(insertNote(2), [&ok](const std::optional<Error> &error) { ok = !error; });
    QTRY_VERIFY(ok);
    QCOMPARE(notes(*m_cache), QList<int>{2});
}

void TestCacheWriter::finishesWhatItWasGivenWhenDestroyed()
{
    bool answered = false;
    {
        CacheWriter writer(*m_cache);
        for (int i = 0; i < 50; ++i)
            writer.write(insertNote(i), [&answered](const std::optional<Error> &) { answered = true; });
    }
    // Written, though nobody is left to hear it.
    QCOMPARE(notes(*m_cache).size(), 50);
    QTest::qWait(50);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "tst_cachewriter.moc"
