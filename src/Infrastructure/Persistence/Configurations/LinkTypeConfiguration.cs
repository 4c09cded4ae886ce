using GoTrs.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class LinkTypeConfiguration : IEntityTypeConfiguration<LinkType>
{
    public void Configure(EntityTypeBuilder<LinkType> builder) => builder.MapLookup("link_type", nameLength: 50);
}
