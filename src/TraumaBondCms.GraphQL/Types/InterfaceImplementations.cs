namespace TraumaBondCms.GraphQL.Types;

/// <summary>The types that declare they implement an interface (§3.7): object types and interfaces, each in schema order.</summary>
/// <param name="Objects">Object types implementing the interface.</param>
/// <param name="Interfaces">Interfaces implementing the interface.</param>
public sealed record InterfaceImplementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces);
