namespace TraumaBondCms.Web.Media;

/// <summary>The point of an image crops keep in view: x from 0 (left) to 1 (right), y from 0 (top) to 1 (bottom).</summary>
public sealed record FocalPointResponse(double X, double Y);
