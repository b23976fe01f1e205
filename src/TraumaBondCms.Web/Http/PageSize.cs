using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Http;

/// <summary>Page sizes of list endpoints (<c>first</c>, <c>limit</c>): bounded everywhere, 400 naming the parameter outside the bounds.</summary>
public static class PageSize
{
    /// <summary>The largest page any list endpoint serves.</summary>
    public const int Max = 500;

    /// <summary><paramref name="requested"/> when it is 1 to <paramref name="max"/>, <paramref name="defaultSize"/> when absent; throws naming <paramref name="name"/> otherwise.</summary>
    public static int Read(int? requested, string name, int defaultSize, int max = Max) =>
        requested switch
        {
            null => defaultSize,
            { } size when size >= 1 && size <= max => size,
            _ => throw ContentValidationException.For(name, $"'{name}' is a whole number from 1 to {max}."),
        };
}
