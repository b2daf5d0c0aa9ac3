using System.Reflection;
using System.Runtime.CompilerServices;
using Screening.Domain.Model;
using Screening.Domain.Names;

namespace Screening.Domain.Tests.Names.Index;

/// <summary>
/// The candidate stage keeps one scratch per thread for the life of the thread. A list reload replaces the index; the
/// old index's names must then be collectable, or every worker thread keeps a whole list version alive after a refresh.
/// </summary>
public sealed class CandidateScratchTests
{
    [Fact]
    public void A_searched_index_leaves_nothing_of_its_names_in_the_thread_scratch()
    {
        var names = SearchOnceAndForget();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(names.IsAlive, "the thread's candidate scratch still holds the names of an index nobody uses");
    }

    /// <summary>Builds an index, searches it on this thread and returns a weak reference to its names array only.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference SearchOnceAndForget()
    {
        var index = NameIndex.Build(
        [
            TestEntities.Entity("1", EntityType.Individual, "PUTIN, Vladimir"),
            TestEntities.Entity("2", EntityType.Individual, "KOZLOV, Andrey"),
        ]);
        Assert.NotEmpty(index.Search(new NameQuery("Vladimir Putin")));

        // The array the index hands the candidate stage (private: the test needs it only to watch it be collected).
        var names = typeof(NameIndex).GetField("names", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!;
        return new WeakReference(names);
    }
}
