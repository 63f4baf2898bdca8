#include <atomic>

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include "core/serialworker.h"

using ShopDesk::SerialWorker;

/// The client's and the cache writer's background thread: work in order on one other thread,
/// answers in order on the receiver's, nothing after the receiver is gone.
class TestSerialWorker final : public QObject
{
    Q_OBJECT

private slots:
    void worksInOrderOnOneOtherThread();
    void answersOnTheReceiversThreadInOrder();
    void waitsForItsWorkButDropsTheAnswersWhenGone();
};

void TestSerialWorker::worksInOrderOnOneOtherThread()
{
    QObject receiver;
    SerialWorker worker(receiver);
    QList<int> worked;
    QSet<QThread *> threads;
    QMutex guard;
    int answered = 0;
    for (int i = 0; i < 40; ++i) {
        worker.run(
            [i, &worked, &threads, &guard] {
                // Later jobs are quicker: only a single thread keeps them in order.
                QThread::usleep(static_cast<unsigned long>(40 - i) * 100);
                const QMutexLocker lock(&guard);
                worked.append(i);
                threads.insert(QThread::currentThread());
            },
            [&answered] { ++answered; });
    }
    QTRY_COMPARE(answered, 40);
    QList<int> expected;
    for (int i = 0; i < 40; ++i)
        expected.append(i);
    QCOMPARE(worked, expected);
    QCOMPARE(threads.size(), 1);
    QVERIFY(!threads.contains(QThread::currentThread()));
}

void TestSerialWorker::answersOnTheReceiversThreadInOrder()
{
    QObject receiver;
    SerialWorker worker(receiver);
    QList<int> answers;
    bool allOnReceiverThread = true;
    for (int i = 0; i < 40; ++i) {
        worker.run([i] { return i * i; },
            [&answers, &allOnReceiverThread, &receiver](int &&square) {
                allOnReceiverThread = allOnReceiverThread && QThread::currentThread() == receiver.thread();
                answers.append(square);
            });
    }
    // Answers come from the receiver's event loop, never from inside run().
    QVERIFY(answers.isEmpty());
    QTRY_COMPARE(answers.size(), 40);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(answers.at(i), i * i);
    QVERIFY(allOnReceiverThread);
}

void TestSerialWorker::waitsForItsWorkButDropsTheAnswersWhenGone()
{
    std::atomic<bool> worked = false;
    bool answered = false;
    {
        QObject receiver;
        SerialWorker worker(receiver);
        worker.run(
            [&worked] {
                QThread::msleep(200);
                worked = true;
            },
            [&answered] { answered = true; });
    }
    QVERIFY(worked); // the worker's end waited for the job in hand
    QTest::qWait(100);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
