namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// Tests that subscribe to the process-wide activity sources and meters (an OpenTelemetry provider with in-memory
/// exporters) run in this collection, alone: while such a listener lives, every host in the test process traces every
/// request and SQL command, which would slow the other test classes down (and skew their timed budgets).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideListenersCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide telemetry listeners, run alone";
}
