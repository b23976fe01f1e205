using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Media files in an S3-compatible bucket, under <c>{prefix}media/ab/abcdef...</c>: the scale-out store, so every node
/// serves every upload. Requests are signed with AWS Signature Version 4 by the AWS SDK.
/// </summary>
public sealed class S3MediaStore : IMediaStore, IDisposable
{
    private readonly AmazonS3Client _client;
    private readonly S3MediaOptions _options;

    /// <summary>Creates a client for the configured bucket.</summary>
    public S3MediaStore(S3MediaOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            throw new InvalidOperationException("Cms:Media:S3:Bucket must name the bucket when Cms:Media:Store is S3.");
        }

        _options = options;
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: the SDK's default trailing checksums need aws-chunked uploads, which
            // several S3-compatible servers store undecoded. Integrity holds anyway: the signed payload hash covers the bytes.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { Length: > 0 } url)
        {
            config.ServiceURL = url;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        _client = options.AccessKey is { Length: > 0 } key
            ? new AmazonS3Client(new BasicAWSCredentials(key, options.SecretKey ?? string.Empty), config)
            : new AmazonS3Client(config);
    }

    /// <inheritdoc />
    public string Description => $"s3://{_options.Bucket}/{_options.Prefix}";

    /// <summary>The object key of the file with this hash.</summary>
    public string KeyOf(string sha256) => $"{_options.Prefix}media/{sha256[..2]}/{sha256}";

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_options.Bucket, KeyOf(sha256), cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task PutAsync(string sha256, ReadOnlyMemory<byte> bytes, string mimeType, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await ExistsAsync(sha256, cancellationToken))
            {
                return;
            }
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.Forbidden)
        {
            // Without s3:ListBucket, S3 answers a missing object with 403: write it (the same bytes under the same key).
        }

        using var body = new MemoryStream(bytes.ToArray(), writable: false);
        await _client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = _options.Bucket,
                Key = KeyOf(sha256),
                InputStream = body,
                ContentType = mimeType,
                // One signed body (its SHA-256 in the signature) rather than aws-chunked streaming: the bytes are in memory anyway.
                UseChunkEncoding = false,
                // The key is the hash of the bytes: the object never changes.
                Headers = { CacheControl = "public, max-age=31536000, immutable" },
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _client.GetObjectAsync(_options.Bucket, KeyOf(sha256), cancellationToken);
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, cancellationToken);
            return copy.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
