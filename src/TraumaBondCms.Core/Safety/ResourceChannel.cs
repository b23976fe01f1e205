namespace TraumaBondCms.Core.Safety;

/// <summary>One way to reach a resource: a number from a Phone channel field or an address from a Link channel field.</summary>
/// <param name="Field">The field, e.g. <c>phone</c>, <c>sms</c>, <c>chatUrl</c>.</param>
/// <param name="Kind">Phone or web.</param>
/// <param name="Value">The number or URL as stored.</param>
/// <param name="Phone">For phones: the identifying digits.</param>
/// <param name="Host">For web addresses: the host, lower case, without <c>www.</c>.</param>
public sealed record ResourceChannel(string Field, ChannelKind Kind, string Value, PhoneNumberKey? Phone, string? Host);
