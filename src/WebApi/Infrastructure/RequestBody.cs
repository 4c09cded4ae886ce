using System.Text.Json;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>
/// Reads a request that is either JSON, or multipart/form-data with the JSON in one part and files in the others
/// (files become attachments of the article).
/// </summary>
public static class RequestBody
{
    public static async Task<(T Body, IReadOnlyList<NewAttachment> Files)> ReadAsync<T>(
        HttpRequest request, string jsonPart, CancellationToken ct) where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (!request.HasFormContentType)
            return (await DeserializeAsync<T>(request.Body, options, ct), []);

        var form = await request.ReadFormAsync(ct);
        var json = form[jsonPart].ToString();
        if (string.IsNullOrWhiteSpace(json))
            throw new ValidationException(jsonPart, $"Send the request as JSON in the form field '{jsonPart}'.");
        var body = await DeserializeAsync<T>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), options, ct);
        var files = new List<NewAttachment>();
        foreach (var file in form.Files)
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            files.Add(new NewAttachment(file.FileName, string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                stream.ToArray()));
        }
        return (body, files);
    }

    private static async Task<T> DeserializeAsync<T>(Stream stream, JsonSerializerOptions options, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, options, ct)
                   ?? throw new ValidationException("body", "The request body is empty.");
        }
        catch (JsonException ex)
        {
            throw new ValidationException(string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.'),
                "The value could not be read: " + (ex.Message.Split(" Path:")[0]));
        }
    }
}
