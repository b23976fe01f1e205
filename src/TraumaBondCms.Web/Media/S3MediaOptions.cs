namespace TraumaBondCms.Web.Media;

/// <summary>The <c>Cms:Media:S3</c> section: one bucket that every node reads and writes.</summary>
public sealed class S3MediaOptions
{
    /// <summary>The bucket's name.</summary>
    public string Bucket { get; set; } = string.Empty;

    /// <summary>A key prefix inside the bucket (e.g. <c>cms/</c>); empty for none.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>The AWS region (e.g. <c>eu-west-1</c>); for other S3-compatible servers, the region they expect in signatures.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The endpoint of an S3-compatible server (MinIO, Ceph, R2, ...); null for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Address the bucket in the path (<c>host/bucket/key</c>) instead of the host name; most S3-compatible servers need it.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>The access key id; null to use the SDK's usual sources (environment, instance role).</summary>
    public string? AccessKey { get; set; }

    /// <summary>The secret access key, with <see cref="AccessKey"/>.</summary>
    public string? SecretKey { get; set; }
}
