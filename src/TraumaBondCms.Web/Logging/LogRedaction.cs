namespace TraumaBondCms.Web.Logging;

/// <summary>Text that may reach a log with a person's email address in it (a path, a typed user name), made safe to log.</summary>
public static class LogRedaction
{
    /// <summary>The marker that replaces what was redacted.</summary>
    public const string Marker = "{redacted}";

    /// <summary>True when <paramref name="text"/> may hold an email address: it has an <c>@</c>, plain or escaped (<c>%40</c>).</summary>
    public static bool MayHoldEmail(string text) =>
        text.Contains('@', StringComparison.Ordinal) || text.Contains("%40", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="userName"/>, or <see cref="Marker"/> when it may be an email address.</summary>
    public static string UserName(string userName) => MayHoldEmail(userName) ? Marker : userName;

    /// <summary>The path with every segment that may hold an email address replaced by <see cref="Marker"/>.</summary>
    public static string Path(PathString path)
    {
        var value = path.HasValue ? path.Value! : "/";
        return MayHoldEmail(value) ? string.Join('/', value.Split('/').Select(s => MayHoldEmail(s) ? Marker : s)) : value;
    }
}
