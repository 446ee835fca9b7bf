namespace ReportMining;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, keeping at most
/// <c>2 × degree</c> items in flight, so memory stays bounded however long the input is.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> work, int degree, CancellationToken cancellationToken)
    {
        degree = Math.Max(1, degree);
        if (degree == 1) return Sequential(inputs, work, cancellationToken);
        return Parallel(inputs, work, degree, cancellationToken);
    }

    /// <summary>
    /// One core: the work runs on the calling thread. Handing items to a pool thread would only
    /// add a thread that spins while the other waits, on the core that should be doing the work.
    /// </summary>
    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> work, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return work(input);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> work, int degree, CancellationToken cancellationToken)
    {
        int window = degree * 2;
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var pending = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = input;
                pending.Enqueue(Task.Factory.StartNew(() => work(item), cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler));
                if (pending.Count >= window)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // make sure no work outlives an abandoned enumeration
            foreach (var task in pending)
            {
                try { task.Wait(CancellationToken.None); } catch (AggregateException) { }
            }
        }
    }
}
