using TraumaBondCms.GraphQL.Execution;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// The outcome of reading the GraphQL parameters of an HTTP request: the request, or the status code and
/// message of why it is not a well-formed GraphQL-over-HTTP request. Owns the JSON the request's values point
/// into; dispose after execution.
/// </summary>
internal sealed class HttpRequestReading : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    private HttpRequestReading(GraphQLRequest? request, int statusCode, string? problem)
    {
        Request = request;
        StatusCode = statusCode;
        Problem = problem;
    }

    public GraphQLRequest? Request { get; }

    public int StatusCode { get; }

    public string? Problem { get; }

    public static HttpRequestReading Success(GraphQLRequest request, IEnumerable<IDisposable> owned)
    {
        var reading = new HttpRequestReading(request, 200, null);
        reading._owned.AddRange(owned);
        return reading;
    }

    public static HttpRequestReading Failure(int statusCode, string problem) => new(null, statusCode, problem);

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
