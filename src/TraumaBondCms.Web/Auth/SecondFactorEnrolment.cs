namespace TraumaBondCms.Web.Auth;

/// <summary>What a user needs to add the CMS to an authenticator app: the secret in Base32, the <c>otpauth://</c> URI and its QR code.</summary>
/// <param name="Secret">The secret to type in by hand (Base32, no padding).</param>
/// <param name="Uri">The <c>otpauth://totp/...</c> URI the QR code holds.</param>
/// <param name="QrCodePng">The QR code as a PNG image.</param>
public sealed record SecondFactorEnrolment(string Secret, string Uri, byte[] QrCodePng)
{
    /// <summary>The QR code as a <c>data:</c> URI for an <c>img</c> element.</summary>
    public string QrCodeDataUri => "data:image/png;base64," + Convert.ToBase64String(QrCodePng);
}
