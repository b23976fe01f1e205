namespace TraumaBondCms.Web.Cli;

/// <summary>Reports progress on the calling thread, in order (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

/// <summary>Writes each progress message as a line.</summary>
internal sealed class SynchronousProgress(TextWriter output) : IProgress<string>
{
    public void Report(string value) => output.WriteLine(value);
}
