namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// Tests that hold answers to a time budget the issues name (the search fuzz: each query under 50 ms) run in this
/// collection, alone: the assembly's other test classes do not compete with them for the machine's two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed, run alone";
}
