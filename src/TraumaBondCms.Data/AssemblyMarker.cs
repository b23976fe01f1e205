namespace TraumaBondCms.Data;

/// <summary>Marks the assembly for reflection-based lookups.</summary>
public static class AssemblyMarker;
