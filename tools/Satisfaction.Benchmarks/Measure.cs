using System.Diagnostics;

namespace Satisfaction.Benchmarks;

/// <summary>
/// Times an operation: one warm-up run, then the median wall-clock time of several runs, with the peak managed
/// heap: <see cref="GC.GetTotalMemory(bool)"/> sampled about every millisecond during each run (and at its start
/// and end), the largest over the runs. It includes the benchmark's input data, which is alive throughout.
/// </summary>
public static class Measure
{
    /// <summary>Runs <paramref name="action"/> once to warm up and <paramref name="repetitions"/> times measured.</summary>
    public static Measurement Time(string label, int rows, Action action, int repetitions = 5) =>
        Time(label, rows, static () => { }, action, repetitions);

    /// <summary>
    /// As <see cref="Time(string, int, Action, int)"/>, with <paramref name="setup"/> run untimed before every run
    /// (e.g. restoring a store file that the timed operation changes).
    /// </summary>
    public static Measurement Time(string label, int rows, Action setup, Action action, int repetitions = 5)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(action);
        setup();
        action();
        var seconds = new double[repetitions];
        long peak = 0;
        for (var r = 0; r < repetitions; r++)
        {
            setup();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var sampler = new PeakSampler();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            seconds[r] = sw.Elapsed.TotalSeconds;
            peak = Math.Max(peak, sampler.Stop());
        }

        Array.Sort(seconds);
        return new Measurement(label, rows, seconds[repetitions / 2], peak / (1024.0 * 1024.0), repetitions, "peak_managed_mb");
    }

    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _running = true;
        private long _peak = GC.GetTotalMemory(false);

        public PeakSampler()
        {
            _thread = new Thread(() =>
            {
                while (_running)
                {
                    var now = GC.GetTotalMemory(false);
                    if (now > Interlocked.Read(ref _peak))
                    {
                        Interlocked.Exchange(ref _peak, now);
                    }

                    Thread.Sleep(1);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            var now = GC.GetTotalMemory(false);
            _running = false;
            _thread.Join();
            return Math.Max(Interlocked.Read(ref _peak), now);
        }

        public void Dispose()
        {
            _running = false;
        }
    }
}
