namespace TraumaBondCms.Core.Content;

/// <summary>One problem with one field's value; <see cref="Field"/> is the field's name as the client sent it.</summary>
public sealed record FieldError(string Field, string Message);
